package fr.peringenierie.site.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change made in the back office: who did what, to what, and when.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String subject;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String username, String action, String subject) {
		this.occurredAt = occurredAt;
		this.username = username;
		this.action = action;
		this.subject = subject;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	/**
	 * When the change happened, on the company's clock.
	 */
	public ZonedDateTime getLocalTime() {
		return this.occurredAt.atZone(PARIS);
	}

	public String getUsername() {
		return this.username;
	}

	public String getAction() {
		return this.action;
	}

	public String getSubject() {
		return this.subject;
	}

}
