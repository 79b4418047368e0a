package fr.peringenierie.site.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing with growing delays, per client address and per user name,
 * rather than with a lock that anyone could set off to keep the real user out.
 * <p>
 * The first {@value #FREE_FAILURES} failures cost nothing; after that, each failure makes
 * the next attempt wait twice as long: up to {@link #MAX_CLIENT_DELAY} for the client
 * that keeps failing, but only up to {@link #MAX_ACCOUNT_DELAY} for the user name, so
 * that a stranger guessing from one address keeps the real user, signing in from
 * elsewhere, out for a minute at most. A success forgives the user name, never the
 * client. Counters live in the database and are updated atomically, so that parallel
 * guesses are all counted and every instance sees the same counts.
 */
@Component
public class LoginThrottle {

	static final int FREE_CLIENT_FAILURES = 5;

	static final int FREE_ACCOUNT_FAILURES = 20;

	static final Duration MAX_CLIENT_DELAY = Duration.ofMinutes(15);

	static final Duration MAX_ACCOUNT_DELAY = Duration.ofMinutes(1);

	/** Failures older than this are forgotten. */
	static final Duration MEMORY = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * How long the client must wait before its sign-in as that user name is checked.
	 * @return {@link Duration#ZERO} when it may be checked now
	 */
	public Duration waitBefore(String client, String username) {
		Instant now = this.clock.instant();
		Duration clientWait = wait(clientKey(client), FREE_CLIENT_FAILURES, MAX_CLIENT_DELAY, now);
		Duration accountWait = wait(accountKey(username), FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_DELAY, now);
		return (clientWait.compareTo(accountWait) >= 0) ? clientWait : accountWait;
	}

	/**
	 * How long sign-ins under this user name are refused, whatever the client.
	 */
	public Duration accountWait(String username) {
		return wait(accountKey(username), FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_DELAY, this.clock.instant());
	}

	public void recordFailure(String client, String username) {
		increment(clientKey(client));
		increment(accountKey(username));
	}

	/**
	 * The real user signed in: their user name is forgiven, the client is not, so that
	 * one valid account does not open unlimited guesses at the others.
	 */
	public void recordSuccess(String username) {
		forgive(username);
	}

	/**
	 * Lifts the delay on a user name, for an administrator helping a colleague.
	 */
	public void forgive(String username) {
		this.jdbc.update("delete from login_failure where subject = ?", accountKey(username));
	}

	/**
	 * Recent failures for a user name, for the staff accounts page.
	 */
	public int recentFailures(String username) {
		Failures failures = read(accountKey(username));
		return (failures != null && failures.isRecent(this.clock.instant())) ? failures.count() : 0;
	}

	@Scheduled(cron = "${per.admin.login-failure-purge:0 17 * * * *}")
	@SchedulerLock(name = "login-failures.forget", lockAtLeastFor = "PT1M")
	public void forgetOldFailures() {
		this.jdbc.update("delete from login_failure where last_failure_at < ?", at(this.clock.instant().minus(MEMORY)));
	}

	/**
	 * Adds one failure in a single statement, so that concurrent failures all count; a
	 * failure after a long quiet period starts again from one.
	 */
	private void increment(String subject) {
		Instant now = this.clock.instant();
		for (int attempt = 0; attempt < 3; attempt++) {
			int updated = this.jdbc.update(
					"update login_failure set failures = case when last_failure_at < ? then 1 else failures + 1 end, "
							+ "last_failure_at = ? where subject = ?",
					at(now.minus(MEMORY)), at(now), subject);
			if (updated > 0) {
				return;
			}
			try {
				this.jdbc.update("insert into login_failure (subject, failures, last_failure_at) values (?, 1, ?)",
						subject, at(now));
				return;
			}
			catch (DuplicateKeyException ex) {
				// Another failure inserted the row first: count this one as an update.
			}
		}
	}

	private Duration wait(String subject, int freeFailures, Duration maxDelay, Instant now) {
		Failures failures = read(subject);
		if (failures == null || !failures.isRecent(now)) {
			return Duration.ZERO;
		}
		Instant until = failures.last().plus(delayAfter(failures.count(), freeFailures, maxDelay));
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

	/** The first wait, once the free failures are used up. */
	static final Duration FIRST_DELAY = Duration.ofSeconds(5);

	/**
	 * The wait imposed after a number of failures: none for the free ones, then
	 * {@link #FIRST_DELAY}, doubling with each failure, up to the maximum.
	 */
	static Duration delayAfter(int failures, int freeFailures, Duration maxDelay) {
		if (failures < freeFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - freeFailures, 20);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return (delay.compareTo(maxDelay) < 0) ? delay : maxDelay;
	}

	private Failures read(String subject) {
		List<Failures> rows = this.jdbc.query("select failures, last_failure_at from login_failure where subject = ?",
				(row, number) -> new Failures(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant()),
				subject);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static String clientKey(String client) {
		return "client:" + truncate(String.valueOf(client));
	}

	static String accountKey(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return "account:" + truncate(name);
	}

	private static String truncate(String value) {
		return (value.length() > 150) ? value.substring(0, 150) : value;
	}

	private record Failures(int count, Instant last) {

		boolean isRecent(Instant now) {
			return this.last.isAfter(now.minus(MEMORY));
		}

	}

}
