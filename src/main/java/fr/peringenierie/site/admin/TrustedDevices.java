package fr.peringenierie.site.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Browsers that signed in successfully to an account (OWASP « device cookies »): a random
 * key in a cookie no script can read, kept hashed in the database with the account and
 * its session stamp. A sign-in from a trusted browser is throttled on its own counter,
 * never by failures sent from elsewhere, so that a guesser cannot keep the real person
 * out. The trust ends with the account's sessions (new password, role, deactivation), or
 * after six months unused.
 */
@Service
public class TrustedDevices {

	static final String COOKIE = "PER_APPAREIL";

	static final Duration TRUSTED_FOR = Duration.ofDays(180);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	TrustedDevices(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The hash of the device key a request carries, if it has a well-formed one: what
	 * sign-in details keep (never the key itself).
	 */
	static String keyHash(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
				return Keys.hash(cookie.getValue());
			}
		}
		return null;
	}

	/**
	 * The device, if this key hash names a browser trusted for that account.
	 */
	Optional<String> trusted(String keyHash, String username) {
		if (keyHash == null || username == null) {
			return Optional.empty();
		}
		return this.jdbc
			.queryForList(
					"select d.key_hash from trusted_device d join staff_user u on u.username = d.username "
							+ "where d.key_hash = ? and lower(d.username) = lower(?) and u.enabled = true "
							+ "and u.session_stamp = d.session_stamp and d.last_used_at > ?",
					String.class, keyHash, username, Timestamp.from(this.clock.instant().minus(TRUSTED_FOR)))
			.stream()
			.findFirst();
	}

	/**
	 * After a successful sign-in: the browser is trusted for that account from now on
	 * (again, if it already was).
	 * @return whether the browser was new to the account
	 */
	boolean trust(String username, long sessionStamp, HttpServletRequest request, HttpServletResponse response) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Optional<String> known = trusted(keyHash(request), username);
		if (known.isPresent()) {
			this.jdbc.update("update trusted_device set last_used_at = ? where key_hash = ?", now, known.get());
			return false;
		}
		String value = Keys.random();
		this.jdbc.update("insert into trusted_device (key_hash, username, session_stamp, created_at, last_used_at) "
				+ "values (?, ?, ?, ?, ?)", Keys.hash(value), username, sessionStamp, now, now);
		response.addHeader("Set-Cookie", KeptForms.cookie(request, COOKIE, value, TRUSTED_FOR).toString());
		return true;
	}

	@Scheduled(cron = "${per.admin.trusted-device-purge:0 23 4 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "trusted-devices.purge", lockAtLeastFor = "PT1M")
	public void forgetUnused() {
		this.jdbc.update(
				"delete from trusted_device where last_used_at < ? or username not in "
						+ "(select username from staff_user where enabled = true) or session_stamp <> "
						+ "(select u.session_stamp from staff_user u where u.username = trusted_device.username)",
				Timestamp.from(this.clock.instant().minus(TRUSTED_FOR)));
	}

}
