package fr.peringenierie.site.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ResourceNotFoundException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of contact requests: the inbox, the handling of each request, the
 * personal-data rights of prospects and the retention purge.
 */
@Service
@Transactional
public class ContactInbox {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"));

	private static final Logger logger = LoggerFactory.getLogger(ContactInbox.class);

	private final ContactRequestRepository requests;

	private final ContactProperties properties;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public ContactInbox(ContactRequestRepository requests, ContactProperties properties, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.properties = properties;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<ContactRequest> search(InboxFilter filter, Pageable pageable) {
		return this.requests.findAll(filter.toSpecification(), pageable);
	}

	@Transactional(readOnly = true)
	public List<ContactRequest> all(InboxFilter filter) {
		return this.requests.findAll(filter.toSpecification(), NEWEST_FIRST);
	}

	@Transactional(readOnly = true)
	public ContactRequest get(long id) {
		return this.requests.findById(id).orElseThrow(() -> new ResourceNotFoundException("Demande inconnue"));
	}

	public void changeStatus(long id, ContactStatus status, long version) {
		ContactRequest request = get(id);
		EditConflictException.check(request, version);
		request.changeStatus(status, this.clock.instant());
		this.auditLog.record("Demande : statut « " + status.getLabel() + " »", subject(request));
	}

	public void changeNote(long id, String note, long version) {
		ContactRequest request = get(id);
		EditConflictException.check(request, version);
		request.changeNote(note, this.clock.instant());
		this.auditLog.record("Demande : note interne", subject(request));
	}

	/**
	 * Takes a request out of the spam tray and sends its notification.
	 */
	public void restore(long id) {
		ContactRequest request = get(id);
		request.restore(this.clock.instant());
		this.auditLog.record("Demande : sortie des spams", subject(request));
		this.events.publishEvent(new ContactDesk.NotificationQueued(id));
	}

	/**
	 * Queues the notification again, whatever became of the previous one.
	 */
	public void resendNotification(long id) {
		ContactRequest request = get(id);
		request.queueNotification(this.clock.instant());
		this.auditLog.record("Demande : notification renvoyée", subject(request));
		this.events.publishEvent(new ContactDesk.NotificationQueued(id));
	}

	public void delete(long id) {
		ContactRequest request = get(id);
		this.requests.delete(request);
		this.auditLog.record("Demande supprimée", subject(request));
	}

	@Transactional(readOnly = true)
	public List<ContactRequest> findByEmail(String email) {
		return this.requests.findByEmailIgnoreCaseOrderByReceivedAt(email.strip());
	}

	/**
	 * Erases everything stored for a person (right to erasure). The audit log keeps that
	 * it happened, not whose data it was.
	 * @return how many requests were erased
	 */
	public int eraseByEmail(String email) {
		List<ContactRequest> found = findByEmail(email);
		this.requests.deleteAll(found);
		this.auditLog.record("Effacement de données personnelles", found.size() + " demande(s) effacée(s)");
		return found.size();
	}

	/**
	 * Deletes the requests whose last exchange is older than the retention period.
	 * @return how many were deleted
	 */
	public int purgeExpired(Instant now) {
		Instant limit = now.atOffset(ZoneOffset.UTC).minus(this.properties.retention()).toInstant();
		int deleted = this.requests.deleteByLastExchangeAtBefore(limit);
		if (deleted > 0) {
			this.auditLog.record("Purge des demandes anciennes",
					deleted + " demande(s) de plus de " + this.properties.retentionInWords() + " supprimée(s)");
			logger.info("{} demande(s) de contact supprimée(s) au terme de leur durée de conservation", deleted);
		}
		return deleted;
	}

	/**
	 * The nightly purge, on one instance only.
	 */
	@Scheduled(cron = "${per.contact.purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "contact.purge", lockAtLeastFor = "PT1M")
	public void purgeNightly() {
		purgeExpiredNow();
	}

	/**
	 * The daily purge.
	 * @return how many requests were deleted
	 */
	public int purgeExpiredNow() {
		return purgeExpired(this.clock.instant());
	}

	private static String subject(ContactRequest request) {
		return "Demande n° " + request.getId() + " (" + request.getSubjectLabel() + ")";
	}

}
