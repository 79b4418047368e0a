package fr.peringenierie.site.admin;

import java.time.Instant;

import fr.peringenierie.site.web.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A staff member who can sign in to the back office.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser extends BaseEntity {

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StaffRole role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "session_stamp", nullable = false)
	private long sessionStamp;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected StaffUser() {
	}

	public StaffUser(String username, String passwordHash, StaffRole role, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public void setRole(StaffRole role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getSessionStamp() {
		return this.sessionStamp;
	}

	/**
	 * Ends every open session of this account: they carry the stamp they started with.
	 */
	void endSessions() {
		this.sessionStamp++;
	}

}
