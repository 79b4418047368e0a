package fr.peringenierie.site.contact;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives contact requests: each one is stored first, before anything else can fail,
 * then its notification is queued. Sending the same filled form twice stores it once.
 */
@Service
public class ContactDesk {

	static final String HONEYPOT_REASON = "Champ invisible rempli : envoi automatique probable";

	private static final Logger logger = LoggerFactory.getLogger(ContactDesk.class);

	private final ContactRequestRepository requests;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public ContactDesk(ContactRequestRepository requests, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a valid request.
	 * @return the stored request, or the one already stored for the same form
	 */
	@Transactional
	public ContactRequest receive(ContactForm form, String subjectLabel) {
		ContactRequest existing = this.requests.findBySubmissionKey(form.getSubmissionKey()).orElse(null);
		if (existing != null) {
			return existing;
		}
		ContactRequest request = new ContactRequest(form.getSubmissionKey(), this.clock.instant(), form, subjectLabel);
		if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
			request.markAsSpam(HONEYPOT_REASON);
		}
		try {
			this.requests.saveAndFlush(request);
		}
		catch (DataIntegrityViolationException ex) {
			// The same form, sent twice at once: the other copy won.
			throw new DuplicateSubmissionException();
		}
		logger.info("Demande de contact n° {} enregistrée ({})", request.getId(), request.getStatus());
		if (request.getNotificationStatus() == NotificationStatus.PENDING) {
			this.events.publishEvent(new NotificationQueued(request.getId()));
		}
		return request;
	}

	/**
	 * A notification waits in the outbox; published inside the transaction that queued
	 * it, acted on once that transaction has committed.
	 *
	 * @param requestId the request to notify
	 */
	public record NotificationQueued(long requestId) {

	}

	/**
	 * The same form was stored by a concurrent submission.
	 */
	public static class DuplicateSubmissionException extends RuntimeException {

		DuplicateSubmissionException() {
			super("Demande déjà enregistrée");
		}

	}

}
