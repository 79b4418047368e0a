package fr.peringenierie.site.careers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An application a candidate sent, for an offer or spontaneously. Personal data: read by
 * editors and administrators only, erased on request or once the retention period after
 * the last change has passed (see {@link Applications#eraseExpired}). The files live
 * apart, in {@code job_application_file}.
 */
@Entity
@Table(name = "job_application")
public class JobApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true)
	private String submissionKey;

	@Column(nullable = false)
	private Instant receivedAt;

	@Column(nullable = false)
	private Instant lastChangeAt;

	/** The offer answered; {@code null} for a spontaneous application. */
	private Long jobOfferId;

	/** The offer's title when the application came. */
	private String offerTitle;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	private String phone;

	private String message;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status;

	@Column(nullable = false)
	private String cvName;

	@Column(nullable = false)
	private int cvPages;

	private String letterName;

	protected JobApplication() {
	}

	JobApplication(String submissionKey, Instant receivedAt, JobOffer offer, ApplicationForm form, String cvName,
			int cvPages, String letterName) {
		this.submissionKey = submissionKey;
		this.receivedAt = receivedAt;
		this.lastChangeAt = receivedAt;
		this.jobOfferId = (offer != null) ? offer.getId() : null;
		this.offerTitle = (offer != null) ? offer.getTitle() : null;
		this.name = form.getName().strip();
		this.email = form.getEmail().strip();
		this.phone = (form.getPhone() == null || form.getPhone().isBlank()) ? null : form.getPhone().strip();
		this.message = (form.getMessage() == null || form.getMessage().isBlank()) ? null : form.getMessage().strip();
		this.status = ApplicationStatus.NEW;
		this.cvName = cvName;
		this.cvPages = cvPages;
		this.letterName = letterName;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public Instant getLastChangeAt() {
		return this.lastChangeAt;
	}

	public Long getJobOfferId() {
		return this.jobOfferId;
	}

	/** The offer answered, or « Candidature spontanée ». */
	public String getOfferTitle() {
		return (this.offerTitle != null) ? this.offerTitle : "Candidature spontanée";
	}

	public boolean isSpontaneous() {
		return this.offerTitle == null;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getMessage() {
		return this.message;
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	void changeStatus(ApplicationStatus status, Instant when) {
		this.status = status;
		this.lastChangeAt = when;
	}

	void markAsSpam() {
		this.status = ApplicationStatus.SPAM;
	}

	public String getCvName() {
		return this.cvName;
	}

	public int getCvPages() {
		return this.cvPages;
	}

	public String getLetterName() {
		return this.letterName;
	}

	public boolean hasLetter() {
		return this.letterName != null;
	}

}
