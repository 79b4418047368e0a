package fr.peringenierie.site.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing with growing delays, per client address and per user name,
 * rather than with a lock that anyone could set off to keep the real user out.
 * <p>
 * The first {@value #FREE_FAILURES} failures cost nothing; after that, each failure makes
 * the next attempt wait twice as long: up to {@link #MAX_CLIENT_DELAY} for the client
 * that keeps failing, but only up to {@link #MAX_ACCOUNT_DELAY} for the user name, so
 * that a stranger guessing from one address keeps the real user, signing in from
 * elsewhere, out for a minute at most. A success forgives the user name, never the
 * client. Counters live in the database, shared by every instance; each attempt is
 * counted under a row lock before its password is checked, so that guesses sent in
 * parallel are checked no more than the allowance.
 */
@Component
public class LoginThrottle {

	static final int FREE_CLIENT_FAILURES = 5;

	static final int FREE_ACCOUNT_FAILURES = 20;

	static final Duration MAX_CLIENT_DELAY = Duration.ofMinutes(15);

	static final Duration MAX_ACCOUNT_DELAY = Duration.ofMinutes(1);

	/** Failures older than this are forgotten. */
	static final Duration MEMORY = Duration.ofHours(1);

	private static final RowMapper<Failures> FAILURES = (row, number) -> new Failures(row.getInt(1),
			row.getObject(2, OffsetDateTime.class).toInstant());

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Takes the right to check one password for that client and user name, or says how
	 * long they must wait. The attempt is counted as a failure before its password is
	 * checked, under a lock on both counters, so that guesses sent in parallel are
	 * checked no more than their allowance: {@link #recordSuccess} gives a successful
	 * attempt back.
	 * @return {@link Duration#ZERO} when the password may be checked now
	 */
	public Duration acquire(String client, String username) {
		return acquire(client, username, null);
	}

	/**
	 * As {@link #acquire(String, String)}; from a browser trusted for that account
	 * ({@link TrustedDevices}), only that browser's own failures count: those sent from
	 * anywhere else under the same user name never slow it.
	 * @param trustedDevice the trusted browser's key hash, or {@code null}
	 */
	public Duration acquire(String client, String username, String trustedDevice) {
		if (trustedDevice != null) {
			String deviceKey = deviceKey(trustedDevice);
			return this.transactions.execute((status) -> {
				Failures ofDevice = lock(deviceKey);
				Instant now = now();
				Duration wait = ofDevice.wait(FREE_CLIENT_FAILURES, MAX_CLIENT_DELAY, now);
				if (wait.isZero()) {
					count(deviceKey, ofDevice, now);
				}
				return wait;
			});
		}
		String clientKey = clientKey(client);
		String accountKey = accountKey(username);
		return this.transactions.execute((status) -> {
			// Locked in one order (account: before client:) so that two attempts never
			// wait on each other's second lock; the time read once both are held.
			Failures ofAccount = lock(accountKey);
			Failures ofClient = lock(clientKey);
			Instant now = now();
			Duration wait = longer(ofAccount.wait(FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_DELAY, now),
					ofClient.wait(FREE_CLIENT_FAILURES, MAX_CLIENT_DELAY, now));
			if (wait.isZero()) {
				count(accountKey, ofAccount, now);
				count(clientKey, ofClient, now);
			}
			return wait;
		});
	}

	/**
	 * How long sign-ins under this user name are refused, whatever the client.
	 */
	public Duration accountWait(String username) {
		return read(accountKey(username)).wait(FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_DELAY, now());
	}

	/**
	 * Counts a failure outside a sign-in (an administrator's tools, tests): a sign-in
	 * counts its own through {@link #acquire}.
	 */
	public void recordFailure(String client, String username) {
		this.transactions.executeWithoutResult((status) -> {
			Failures ofAccount = lock(accountKey(username));
			Failures ofClient = lock(clientKey(client));
			Instant now = now();
			count(accountKey(username), ofAccount, now);
			count(clientKey(client), ofClient, now);
		});
	}

	/**
	 * The real user signed in: the attempt taken by {@link #acquire} is given back to the
	 * client, and the user name is forgiven; the client's earlier failures are not, so
	 * that one valid account does not open unlimited guesses at the others.
	 */
	public void recordSuccess(String client, String username) {
		recordSuccess(client, username, null);
	}

	/**
	 * As {@link #recordSuccess(String, String)}; from a trusted browser, only its own
	 * counter is cleared: the user name's failures, sent from elsewhere, stay counted.
	 */
	public void recordSuccess(String client, String username, String trustedDevice) {
		if (trustedDevice != null) {
			this.jdbc.update("delete from login_failure where subject = ?", deviceKey(trustedDevice));
			return;
		}
		this.jdbc.update("update login_failure set failures = failures - 1 where subject = ? and failures > 0",
				clientKey(client));
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
		return failures.isRecent(this.clock.instant()) ? failures.count() : 0;
	}

	@Scheduled(cron = "${per.admin.login-failure-purge:0 17 * * * *}")
	@SchedulerLock(name = "login-failures.forget", lockAtLeastFor = "PT1M")
	public void forgetOldFailures() {
		this.jdbc.update("delete from login_failure where last_failure_at < ?", at(this.clock.instant().minus(MEMORY)));
	}

	/**
	 * The counter of a subject, locked until the end of the transaction: created first if
	 * missing (by whichever attempt comes first; the others find it).
	 */
	private Failures lock(String subject) {
		this.jdbc.update("insert into login_failure (subject, failures, last_failure_at) values (?, 0, ?) "
				+ "on conflict do nothing", subject, at(Instant.EPOCH));
		return this.jdbc.queryForObject(
				"select failures, last_failure_at from login_failure where subject = ? for update", FAILURES, subject);
	}

	/** Adds one failure; one after a long quiet period starts again from one. */
	private void count(String subject, Failures failures, Instant now) {
		this.jdbc.update("update login_failure set failures = ?, last_failure_at = ? where subject = ?",
				failures.isRecent(now) ? failures.count() + 1 : 1, at(now), subject);
	}

	/**
	 * Now, to the microsecond the database keeps: a time read back must never be later
	 * than the one written.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Duration longer(Duration first, Duration second) {
		return (first.compareTo(second) >= 0) ? first : second;
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
				FAILURES, subject);
		return rows.isEmpty() ? Failures.NONE : rows.get(0);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static String clientKey(String client) {
		return "client:" + truncate(String.valueOf(client));
	}

	static String deviceKey(String trustedDevice) {
		return "device:" + trustedDevice;
	}

	static String accountKey(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return "account:" + truncate(name);
	}

	/**
	 * A key the database stores whatever was typed: at most 150 characters, control
	 * characters (a NUL byte, which PostgreSQL refuses) replaced.
	 */
	private static String truncate(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() > 150) ? printable.substring(0, 150) : printable;
	}

	private record Failures(int count, Instant last) {

		static final Failures NONE = new Failures(0, Instant.EPOCH);

		boolean isRecent(Instant now) {
			return this.last.isAfter(now.minus(MEMORY));
		}

		/** How long the next attempt must wait after these failures. */
		Duration wait(int freeFailures, Duration maxDelay, Instant now) {
			Duration delay = delayAfter(this.count, freeFailures, maxDelay);
			if (delay.isZero() || !isRecent(now)) {
				return Duration.ZERO;
			}
			Instant until = this.last.plus(delay);
			return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
		}

	}

}
