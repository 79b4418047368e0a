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
	 * Stores a valid request. The submission key identifies one filling of the form: sent
	 * again with the same content (a double click, a reload), it is stored once; sent
	 * with other content (the same page used for a second message), it is another request
	 * and is stored too.
	 * @return the stored request, and whether it had been stored already
	 */
	@Transactional
	public Receipt receive(ContactForm form, String subjectLabel) {
		ContactRequest request = new ContactRequest(form.getSubmissionKey(), this.clock.instant(), form, subjectLabel);
		ContactRequest existing = this.requests.findBySubmissionKey(request.getSubmissionKey()).orElse(null);
		if (existing != null && !existing.hasSameContentAs(request)) {
			request.keyByContent();
			existing = this.requests.findBySubmissionKey(request.getSubmissionKey()).orElse(null);
		}
		if (existing != null) {
			return new Receipt(existing, true);
		}
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
		return new Receipt(request, false);
	}

	/**
	 * What became of a received form.
	 *
	 * @param request the stored request
	 * @param alreadyStored whether the same form had been stored before
	 */
	public record Receipt(ContactRequest request, boolean alreadyStored) {

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
