package fr.peringenierie.site.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The e-mails the site sends to its staff (a new sign-in, a review to do, a sign-in
 * code): queued in the database with the change that causes them, sent after it commits,
 * retried with growing pauses while the mail server is away, given up after
 * {@link #MAX_ATTEMPTS}. A sender claims a mail by a conditional update, so that with
 * several instances each mail leaves once.
 */
@Service
public class MailOutbox {

	static final int MAX_ATTEMPTS = 8;

	/** How long a sender holds a mail it claimed. */
	static final Duration CLAIM = Duration.ofMinutes(5);

	static final Duration KEPT_AFTER_SENDING = Duration.ofDays(30);

	private static final Logger logger = LoggerFactory.getLogger(MailOutbox.class);

	private final JdbcTemplate jdbc;

	private final JavaMailSender sender;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String from;

	MailOutbox(JdbcTemplate jdbc, JavaMailSender sender, ApplicationEventPublisher events, Clock clock,
			@Value("${per.contact.mail-from:site@per-ingenierie.fr}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.events = events;
		this.clock = clock;
		this.from = from;
	}

	/**
	 * Queues a mail in the current transaction: it leaves once that commits, and never if
	 * it rolls back.
	 */
	public void queue(String recipient, String subject, String body) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update(
				"insert into outgoing_mail (recipient, subject, body, queued_at, next_attempt_at) "
						+ "values (?, ?, ?, ?, ?)",
				recipient.strip(), truncate(subject, 300), truncate(body, 20000), now, now);
		this.events.publishEvent(new Queued());
	}

	@Async
	@TransactionalEventListener(fallbackExecution = true)
	public void onQueued(Queued queued) {
		deliverDue(this.clock.instant());
	}

	@Scheduled(fixedDelayString = "${per.mail.outbox-interval:30s}",
			initialDelayString = "${per.mail.outbox-interval:30s}")
	@SchedulerLock(name = "mail.outbox", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	public void deliverDue() {
		deliverDue(this.clock.instant());
	}

	/**
	 * Sends every mail due at that instant that no other sender holds.
	 * @return how many left
	 */
	public int deliverDue(Instant now) {
		List<Long> due = this.jdbc.queryForList(
				"select id from outgoing_mail where sent_at is null and next_attempt_at <= ? order by id", Long.class,
				Timestamp.from(now));
		int sent = 0;
		for (long id : due) {
			if (deliver(id, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean deliver(long id, Instant now) {
		if (this.jdbc.update("update outgoing_mail set next_attempt_at = ? where id = ? and sent_at is null "
				+ "and next_attempt_at <= ?", Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now)) != 1) {
			return false;
		}
		List<SimpleMailMessage> found = this.jdbc
			.query("select recipient, subject, body from outgoing_mail where id = ?", (row, n) -> {
				SimpleMailMessage mail = new SimpleMailMessage();
				mail.setFrom(this.from);
				mail.setTo(row.getString(1));
				mail.setSubject(row.getString(2));
				mail.setText(row.getString(3));
				return mail;
			}, id);
		if (found.isEmpty()) {
			return false;
		}
		try {
			this.sender.send(found.get(0));
			this.jdbc.update("update outgoing_mail set sent_at = ?, next_attempt_at = null, last_error = null, "
					+ "attempts = attempts + 1 where id = ?", Timestamp.from(this.clock.instant()), id);
			return true;
		}
		catch (MailException ex) {
			String error = MailFailures.explain(ex);
			List<Integer> attempts = this.jdbc.queryForList("select attempts + 1 from outgoing_mail where id = ?",
					Integer.class, id);
			if (attempts.isEmpty()) {
				// Deleted meanwhile (purged): nothing left to retry.
				return false;
			}
			int tried = attempts.get(0);
			// 1, 2, 4… minutes, then at most every six hours; given up after the last.
			Instant next = (tried >= MAX_ATTEMPTS) ? null
					: now.plus(Duration.ofMinutes(Math.min(360, 1L << Math.min(tried - 1, 9))));
			this.jdbc.update("update outgoing_mail set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?",
					tried, error, (next != null) ? Timestamp.from(next) : null, id);
			logger.warn("Courriel n° {} non envoyé (essai {}) : {}", id, tried, error);
			return false;
		}
	}

	/**
	 * Mails given up: not sent after every attempt, for the dashboard.
	 */
	public int givenUp() {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from outgoing_mail where sent_at is null and next_attempt_at is null", Integer.class);
		return (count != null) ? count : 0;
	}

	@Scheduled(cron = "${per.mail.purge-cron:0 35 4 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "mail.purge", lockAtLeastFor = "PT1M")
	public void forgetOld() {
		this.jdbc.update("delete from outgoing_mail where queued_at < ?",
				Timestamp.from(this.clock.instant().minus(KEPT_AFTER_SENDING)));
	}

	private static String truncate(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	/** A mail was queued: it may leave once its transaction commits. */
	public record Queued() {

	}

}
