package fr.peringenierie.site.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The successful sign-ins of each account, so that its owner can notice one that was not
 * theirs.
 */
@Service
public class SignIns {

	static final Duration KEPT_FOR = Duration.ofDays(90);

	static final int SHOWN = 10;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SignIns(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(String username, String clientAddress, String userAgent) {
		Instant now = this.clock.instant();
		this.jdbc.update("delete from sign_in where username = ? and signed_in_at < ?", username,
				Timestamp.from(now.minus(KEPT_FOR)));
		this.jdbc.update("insert into sign_in (username, signed_in_at, client_address, user_agent) values (?, ?, ?, ?)",
				username, Timestamp.from(now), truncate(clientAddress, 64), truncate(userAgent, 300));
	}

	/**
	 * The latest sign-ins of an account, newest first.
	 */
	public List<SignIn> recent(String username) {
		return this.jdbc.query(
				"select signed_in_at, client_address, user_agent from sign_in where lower(username) = lower(?) "
						+ "order by signed_in_at desc, id desc fetch first " + SHOWN + " rows only",
				(row, n) -> new SignIn(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3)), username);
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	/**
	 * One sign-in: when, from which address, with which browser.
	 */
	public record SignIn(Instant at, String clientAddress, String userAgent) {

		/**
		 * The browser and system in a few words, from the User-Agent header.
		 */
		public String browser() {
			if (this.userAgent == null) {
				return "Navigateur inconnu";
			}
			String browser = this.userAgent.contains("Edg/") ? "Edge"
					: this.userAgent.contains("Firefox/") ? "Firefox" : this.userAgent.contains("Chrom")
							? "Chrome ou Chromium" : this.userAgent.contains("Safari/") ? "Safari" : "Autre navigateur";
			String system = this.userAgent.contains("Android") ? "Android"
					: (this.userAgent.contains("iPhone") || this.userAgent.contains("iPad")) ? "iOS"
							: this.userAgent.contains("Windows") ? "Windows" : this.userAgent.contains("Mac OS")
									? "macOS" : this.userAgent.contains("Linux") ? "Linux" : "système inconnu";
			return browser + " sur " + system;
		}

	}

}
