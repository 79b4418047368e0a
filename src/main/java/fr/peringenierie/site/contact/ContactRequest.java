package fr.peringenierie.site.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Objects;

import fr.peringenierie.site.web.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A prospect's request, with its handling by staff and the state of its e-mail
 * notification. Updates write only the columns that changed, because staff and the
 * notification outbox change different columns of the same row concurrently.
 */
@Entity
@Table(name = "contact_request")
@DynamicUpdate
public class ContactRequest extends BaseEntity {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Column(name = "submission_key", nullable = false, unique = true)
	private String submissionKey;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "last_exchange_at", nullable = false)
	private Instant lastExchangeAt;

	@Column(nullable = false)
	private String name;

	private String company;

	@Column(nullable = false)
	private String email;

	private String phone;

	@Column(name = "subject_code", nullable = false)
	private String subjectCode;

	@Column(name = "subject_label", nullable = false)
	private String subjectLabel;

	@Column(nullable = false)
	private String message;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContactStatus status;

	@Column(name = "spam_reason")
	private String spamReason;

	@Column(name = "internal_note")
	private String internalNote;

	@Enumerated(EnumType.STRING)
	@Column(name = "notification_status", nullable = false)
	private NotificationStatus notificationStatus;

	@Column(name = "notification_attempts", nullable = false)
	private int notificationAttempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "notification_error")
	private String notificationError;

	@Column(name = "notified_at")
	private Instant notifiedAt;

	private String originPath;

	protected ContactRequest() {
	}

	/** The page of the site the prospect was reading before the form, if known. */
	public String getOriginPath() {
		return this.originPath;
	}

	ContactRequest(String submissionKey, Instant receivedAt, ContactForm form, String subjectLabel) {
		this.submissionKey = submissionKey;
		this.receivedAt = receivedAt;
		this.lastExchangeAt = receivedAt;
		this.name = form.getName().strip();
		this.company = blankToNull(form.getCompany());
		this.email = form.getEmail().strip();
		this.phone = blankToNull(form.getPhone());
		this.subjectCode = form.getSubject();
		this.subjectLabel = subjectLabel;
		this.message = form.getMessage().strip();
		this.originPath = ContactForm.originPath(form.getOrigin());
		this.status = ContactStatus.NEW;
		this.notificationStatus = NotificationStatus.PENDING;
		this.nextAttemptAt = receivedAt;
	}

	/**
	 * Whether this holds what another filling of the form holds, field for field.
	 */
	boolean hasSameContentAs(ContactRequest other) {
		return Objects.equals(this.name, other.name) && Objects.equals(this.company, other.company)
				&& Objects.equals(this.email, other.email) && Objects.equals(this.phone, other.phone)
				&& Objects.equals(this.subjectCode, other.subjectCode) && Objects.equals(this.message, other.message);
	}

	/**
	 * Replaces the submission key by one drawn from the key and the content together, for
	 * a form whose key already names a request with other content: the same content sent
	 * again then finds this request, and other content makes yet another key.
	 */
	void keyByContent() {
		String content = String.join("\u0000", this.submissionKey, this.name, Objects.toString(this.company, ""),
				this.email, Objects.toString(this.phone, ""), this.subjectCode, this.message);
		this.submissionKey = HexFormat.of().formatHex(sha256(content));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 est fourni par toute JVM", ex);
		}
	}

	void markAsSpam(String reason) {
		this.status = ContactStatus.SPAM;
		this.spamReason = reason;
		this.notificationStatus = NotificationStatus.NOT_NEEDED;
		this.nextAttemptAt = null;
	}

	/**
	 * Takes a request out of the spam tray; its notification is sent then.
	 */
	void restore(Instant now) {
		this.status = ContactStatus.NEW;
		this.spamReason = null;
		queueNotification(now);
	}

	void queueNotification(Instant now) {
		this.notificationStatus = NotificationStatus.PENDING;
		this.notificationAttempts = 0;
		this.notificationError = null;
		this.nextAttemptAt = now;
	}

	void notificationSent(Instant now) {
		this.notificationStatus = NotificationStatus.SENT;
		this.notifiedAt = now;
		this.notificationAttempts++;
		this.notificationError = null;
		this.nextAttemptAt = null;
	}

	/**
	 * Records a failed delivery: tried again later, with a delay that doubles each time
	 * (one minute, two, four... at most an hour), until the attempts run out.
	 */
	void notificationFailed(Instant now, String error, int maxAttempts) {
		this.notificationAttempts++;
		this.notificationError = (error.length() > 500) ? error.substring(0, 500) : error;
		if (this.notificationAttempts >= maxAttempts) {
			this.notificationStatus = NotificationStatus.FAILED;
			this.nextAttemptAt = null;
		}
		else {
			long minutes = Math.min(60, 1L << Math.min(this.notificationAttempts - 1, 6));
			this.nextAttemptAt = now.plusSeconds(minutes * 60);
		}
	}

	void changeStatus(ContactStatus status, Instant now) {
		this.status = status;
		this.lastExchangeAt = now;
		if (status != ContactStatus.SPAM) {
			this.spamReason = null;
		}
	}

	void changeNote(String note, Instant now) {
		this.internalNote = blankToNull(note);
		this.lastExchangeAt = now;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public ZonedDateTime getReceivedAtLocal() {
		return this.receivedAt.atZone(PARIS);
	}

	public ZonedDateTime getNotifiedAtLocal() {
		return (this.notifiedAt != null) ? this.notifiedAt.atZone(PARIS) : null;
	}

	public ZonedDateTime getNextAttemptAtLocal() {
		return (this.nextAttemptAt != null) ? this.nextAttemptAt.atZone(PARIS) : null;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public Instant getLastExchangeAt() {
		return this.lastExchangeAt;
	}

	public String getName() {
		return this.name;
	}

	public String getCompany() {
		return this.company;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getSubjectCode() {
		return this.subjectCode;
	}

	public String getSubjectLabel() {
		return this.subjectLabel;
	}

	public String getMessage() {
		return this.message;
	}

	public ContactStatus getStatus() {
		return this.status;
	}

	public String getSpamReason() {
		return this.spamReason;
	}

	public String getInternalNote() {
		return this.internalNote;
	}

	public NotificationStatus getNotificationStatus() {
		return this.notificationStatus;
	}

	public int getNotificationAttempts() {
		return this.notificationAttempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String getNotificationError() {
		return this.notificationError;
	}

	public Instant getNotifiedAt() {
		return this.notifiedAt;
	}

}
