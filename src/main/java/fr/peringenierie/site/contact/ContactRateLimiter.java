package fr.peringenierie.site.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Limits how many requests one client address may have accepted within a sliding window
 * of time, without any third-party service. Only accepted requests count: a form sent
 * back for a typo costs nothing. Kept in memory, per instance of the application.
 */
@Component
public class ContactRateLimiter {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Cache<String, Deque<Instant>> accepted;

	public ContactRateLimiter(ContactProperties properties, Clock clock) {
		this.limit = properties.rateLimit();
		this.window = properties.rateWindow();
		this.clock = clock;
		this.accepted = Caffeine.newBuilder().expireAfterAccess(this.window).maximumSize(100_000).build();
	}

	/**
	 * Takes one place for a request from the client, if there is one left.
	 * @return {@link Duration#ZERO} when a place was taken, else how long until one frees
	 */
	public Duration tryAcquire(String client) {
		Instant now = this.clock.instant();
		Deque<Instant> times = this.accepted.get(client, (key) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().plus(this.window).isAfter(now)) {
				times.pollFirst();
			}
			if (times.size() >= this.limit) {
				return Duration.between(now, times.peekFirst().plus(this.window));
			}
			times.addLast(now);
			return Duration.ZERO;
		}
	}

	/**
	 * Gives back the place taken for a request that was not stored after all (already
	 * stored by a double click, or the database failed).
	 */
	public void release(String client) {
		Deque<Instant> times = this.accepted.getIfPresent(client);
		if (times != null) {
			synchronized (times) {
				times.pollLast();
			}
		}
	}

	/**
	 * What a prospect reads when the limit is reached: why, and from what time (in
	 * France) a new request will be accepted.
	 */
	public String refusal(Duration wait) {
		LocalTime when = LocalTime.now(this.clock.withZone(PARIS)).plus(wait).plusMinutes(1);
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		return "Vous avez déjà envoyé " + this.limit + ((this.limit > 1) ? " demandes" : " demande") + " en "
				+ this.window.toMinutes() + " minutes depuis cette connexion. Pour nous protéger des "
				+ "envois automatiques, une nouvelle demande sera possible à partir de " + HOUR.format(when) + " (dans "
				+ minutes + " minute" + ((minutes > 1) ? "s" : "") + " environ). Votre message est "
				+ "conservé ci-dessous : renvoyez-le à ce moment-là, ou appelez-nous.";
	}

}
