package fr.peringenierie.site.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.mail.MessagingException;

import fr.peringenierie.site.mail.MailFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the mail server answers, for the dashboard: checked at most every few minutes,
 * since an unreachable server can take seconds to time out.
 */
@Component
public class MailServerCheck {

	static final Duration REMEMBERED = Duration.ofMinutes(5);

	private static final Logger logger = LoggerFactory.getLogger(MailServerCheck.class);

	private final JavaMailSender mailSender;

	private final Clock clock;

	private volatile Outcome last;

	MailServerCheck(JavaMailSender mailSender, Clock clock) {
		this.mailSender = mailSender;
		this.clock = clock;
	}

	/**
	 * Why the mail server cannot be used, in French; empty when it answers.
	 */
	public Optional<String> problem() {
		Instant now = this.clock.instant();
		Outcome outcome = this.last;
		if (outcome == null || outcome.checkedAt().plus(REMEMBERED).isBefore(now)) {
			outcome = new Outcome(now, check());
			this.last = outcome;
		}
		return Optional.ofNullable(outcome.problem());
	}

	private String check() {
		if (!(this.mailSender instanceof JavaMailSenderImpl sender)) {
			return null;
		}
		try {
			sender.testConnection();
			return null;
		}
		catch (MessagingException | RuntimeException ex) {
			logger.warn("Serveur de messagerie injoignable", ex);
			return MailFailures.explain(ex);
		}
	}

	private record Outcome(Instant checkedAt, String problem) {
	}

}
