package fr.peringenierie.site.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.peringenierie.site.mail.MailFailures;
import fr.peringenierie.site.sitewide.SiteSetting;
import fr.peringenierie.site.sitewide.SiteSettingRepository;
import fr.peringenierie.site.web.PublicAddress;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the staff an e-mail for each new request, after the request is saved. A failed
 * delivery is retried with back-off by a scheduled pass; the prospect never waits for the
 * mail server, and a request is never lost because of it.
 */
@Component
public class NotificationOutbox {

	/** How long a sender holds a notification it claimed. */
	static final Duration CLAIM = Duration.ofMinutes(5);

	static final String RECIPIENT_SETTING = "contact.recipient";

	private static final Logger logger = LoggerFactory.getLogger(NotificationOutbox.class);

	private final ContactRequestRepository requests;

	private final SiteSettingRepository settings;

	private final JavaMailSender mailSender;

	private final ContactProperties properties;

	private final PublicAddress site;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public NotificationOutbox(ContactRequestRepository requests, SiteSettingRepository settings,
			JavaMailSender mailSender, ContactProperties properties, PublicAddress site,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.requests = requests;
		this.settings = settings;
		this.mailSender = mailSender;
		this.properties = properties;
		this.site = site;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	public void onQueued(ContactDesk.NotificationQueued event) {
		deliver(event.requestId(), this.clock.instant());
	}

	@Scheduled(fixedDelayString = "${per.contact.outbox-interval:30s}",
			initialDelayString = "${per.contact.outbox-interval:30s}")
	@SchedulerLock(name = "contact.outbox", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	public void deliverDue() {
		deliverDue(this.clock.instant());
	}

	/**
	 * Tries every notification due at the given instant.
	 * @return how many were sent
	 */
	public int deliverDue(Instant now) {
		List<Long> due = this.requests.findDueNotifications(now);
		int sent = 0;
		for (Long id : due) {
			if (deliver(id, now)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Tries to send one notification, if it is due and no other sender holds it.
	 * @return whether it was sent
	 */
	public boolean deliver(long id, Instant now) {
		Integer claimed = this.transactions
			.execute((status) -> this.requests.claimNotification(id, now, now.plus(CLAIM)));
		if (claimed == null || claimed != 1) {
			return false;
		}
		ContactRequest request = this.requests.findById(id).orElse(null);
		if (request == null) {
			return false;
		}
		String error;
		String recipient = recipient();
		if (recipient == null) {
			error = "Aucune adresse destinataire : un administrateur doit la renseigner dans les paramètres du site.";
		}
		else {
			try {
				this.mailSender.send(message(request, recipient));
				request.notificationSent(this.clock.instant());
				record(request);
				logger.info("Notification de la demande n° {} envoyée", id);
				return true;
			}
			catch (MailException ex) {
				error = MailFailures.explain(ex);
				logger.warn("Notification de la demande n° {} : échec de l’envoi", id, ex);
			}
		}
		request.notificationFailed(now, error, this.properties.maxAttempts());
		record(request);
		logger.warn("Notification de la demande n° {} non envoyée : {}", id, error);
		return false;
	}

	/**
	 * Writes the outcome held by the detached request; a request deleted meanwhile is
	 * simply gone.
	 */
	private void record(ContactRequest outcome) {
		this.transactions.executeWithoutResult((status) -> this.requests.recordNotificationOutcome(outcome));
	}

	/**
	 * Whether someone is told of each new request: only then may the site say that a
	 * request is passed on to the team.
	 */
	public boolean hasRecipient() {
		try {
			return recipient() != null;
		}
		catch (DataAccessException | TransactionException ex) {
			// The database is away: the form is shown again with what was typed, and
			// promises nothing.
			return false;
		}
	}

	/**
	 * Sends a test message to the notification address, now, and says what happened.
	 * @return why it could not be sent, in French; empty when the mail server took it
	 */
	public Optional<String> sendTest() {
		String recipient = recipient();
		if (recipient == null) {
			return Optional.of("Aucune adresse ne reçoit les notifications : renseignez-la d’abord.");
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.properties.mailFrom());
		mail.setTo(recipient);
		mail.setSubject("Essai d’envoi depuis le site");
		mail.setText("""
				Ce message d’essai a été demandé depuis l’administration du site.

				S’il vous parvient, les demandes de contact vous parviendront aussi.
				""");
		try {
			this.mailSender.send(mail);
			return Optional.empty();
		}
		catch (MailException ex) {
			logger.warn("Essai d’envoi impossible", ex);
			return Optional.of(MailFailures.explain(ex));
		}
	}

	private String recipient() {
		String recipient = this.settings.findByCode(RECIPIENT_SETTING).map(SiteSetting::getValue).orElse(null);
		return (recipient == null || recipient.isBlank()) ? null : recipient.strip();
	}

	private SimpleMailMessage message(ContactRequest request, String recipient) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.properties.mailFrom());
		mail.setTo(recipient);
		mail.setReplyTo(request.getEmail());
		mail.setSubject("Demande de contact : " + request.getSubjectLabel() + " — " + request.getName());
		mail.setText("""
				Nouvelle demande reçue sur le site.

				Nom : %s
				Société : %s
				E-mail : %s
				Téléphone : %s
				Objet : %s

				Message :
				%s

				Traiter la demande : %s
				""".formatted(request.getName(), orDash(request.getCompany()), request.getEmail(),
				orDash(request.getPhone()), request.getSubjectLabel(), request.getMessage(),
				this.site.absoluteUrl("/admin/demandes/" + request.getId())));
		return mail;
	}

	private static String orDash(String value) {
		return (value != null) ? value : "—";
	}

}
