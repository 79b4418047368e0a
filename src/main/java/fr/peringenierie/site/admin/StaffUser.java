package fr.peringenierie.site.admin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.StaffRole;

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

	@Column(name = "password_temporary", nullable = false)
	private boolean passwordTemporary;

	/** Where the site writes to this person; optional. */
	private String email;

	/** For an administrator without a second factor: when her grace ends. */
	private Instant secondFactorDueAt;

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

	/**
	 * Whether the password was generated for this person (a new account, a reset, the
	 * first administrator): they must choose their own before anything else.
	 */
	public boolean isPasswordTemporary() {
		return this.passwordTemporary;
	}

	void setPasswordTemporary(boolean passwordTemporary) {
		this.passwordTemporary = passwordTemporary;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSecondFactorDueAt() {
		return this.secondFactorDueAt;
	}

	public void setSecondFactorDueAt(Instant secondFactorDueAt) {
		this.secondFactorDueAt = secondFactorDueAt;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
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
