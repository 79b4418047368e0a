package fr.peringenierie.site.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: sign-in, creation, roles, passwords, and the sessions that end when an
 * account is disabled, demoted or given a new password.
 */
@Service
@Transactional
public class StaffAccounts implements UserDetailsService {

	private static final Logger logger = LoggerFactory.getLogger(StaffAccounts.class);

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";

	private final StaffUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AdminProperties properties;

	private final Clock clock;

	private final AuditLog auditLog;

	private final LoginThrottle throttle;

	private final SecureRandom random = new SecureRandom();

	public StaffAccounts(StaffUserRepository users, PasswordEncoder passwordEncoder, AdminProperties properties,
			Clock clock, AuditLog auditLog, LoginThrottle throttle) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
		this.auditLog = auditLog;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffUser user = this.users.findByUsernameIgnoreCase(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("Identifiant inconnu"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.authorities(user.getRole().authority())
			.disabled(!user.isEnabled())
			.build();
	}

	/**
	 * The stamp a session records when it starts: it stays valid while the account's
	 * stamp is unchanged.
	 */
	@Transactional(readOnly = true)
	public long sessionStamp(String username) {
		return this.users.findByUsernameIgnoreCase(username).map(StaffUser::getSessionStamp).orElse(-1L);
	}

	/**
	 * Whether a session started with that stamp and role may go on: the account still
	 * exists, is enabled, has the same role, and none of its sessions were ended since.
	 */
	@Transactional(readOnly = true)
	public boolean isSessionCurrent(String username, long stamp, String authority) {
		return this.users.findByUsernameIgnoreCase(username)
			.filter((user) -> user.isEnabled() && user.getSessionStamp() == stamp
					&& user.getRole().authority().equals(authority))
			.isPresent();
	}

	@Transactional(readOnly = true)
	public List<StaffUser> findAll() {
		return this.users.findAllByOrderByUsername();
	}

	/**
	 * When this administrator, who has no second factor, must have one: set at the first
	 * ask, {@code grace} from now; empty for an unknown account.
	 */
	public Optional<Instant> secondFactorDue(String username, Duration grace) {
		return this.users.findByUsernameIgnoreCase(username).map((user) -> {
			if (user.getSecondFactorDueAt() == null) {
				user.setSecondFactorDueAt(this.clock.instant().plus(grace));
			}
			return user.getSecondFactorDueAt();
		});
	}

	/**
	 * The user name of an account, or a 404.
	 */
	@Transactional(readOnly = true)
	public String username(long id) {
		return this.users.findById(id).map(StaffUser::getUsername).orElseThrow(StaffUserNotFoundException::new);
	}

	/**
	 * The role of an active account, or {@code null}.
	 */
	@Transactional(readOnly = true)
	public StaffRole roleOf(String username) {
		return this.users.findByUsernameIgnoreCase(username)
			.filter(StaffUser::isEnabled)
			.map(StaffUser::getRole)
			.orElse(null);
	}

	/**
	 * Whether an account of that name exists and is active.
	 */
	@Transactional(readOnly = true)
	public boolean isActive(String username) {
		return this.users.findByUsernameIgnoreCase(username).filter(StaffUser::isEnabled).isPresent();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.findByUsernameIgnoreCase(username.strip()).isPresent();
	}

	public StaffUser create(String username, String rawPassword, StaffRole role) {
		return this.users.save(
				new StaffUser(username.strip(), this.passwordEncoder.encode(rawPassword), role, this.clock.instant()));
	}

	/**
	 * Creates the first administrator when there is no account at all.
	 * @return the generated password, when one had to be generated
	 */
	public Optional<String> createFirstAdministratorIfNone() {
		if (this.users.count() > 0) {
			return Optional.empty();
		}
		String password = this.properties.password();
		boolean generated = (password == null || password.isBlank());
		if (generated) {
			password = generatePassword();
		}
		create(this.properties.username(), password, StaffRole.ADMIN).setPasswordTemporary(generated);
		return generated ? Optional.of(password) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public boolean passwordMatches(String username, String rawPassword) {
		return rawPassword != null && this.users.findByUsernameIgnoreCase(username)
			.map((user) -> this.passwordEncoder.matches(rawPassword, user.getPasswordHash()))
			.orElse(false);
	}

	/**
	 * Changes a user's own password and ends their other sessions.
	 * @return the stamp of the session that made the change, which goes on
	 */
	public long changeOwnPassword(String username, String rawPassword) {
		StaffUser user = this.users.findByUsernameIgnoreCase(username).orElseThrow();
		user.setPasswordHash(this.passwordEncoder.encode(rawPassword));
		user.setPasswordTemporary(false);
		user.endSessions();
		this.auditLog.record("Mot de passe changé", "Compte « " + user.getUsername() + " »");
		return user.getSessionStamp();
	}

	/**
	 * Creates an account with a generated password, which the administrator passes on.
	 * @return the generated password
	 */
	public String createWithGeneratedPassword(String username, StaffRole role) {
		String password = generatePassword();
		create(username, password, role).setPasswordTemporary(true);
		this.auditLog.record("Compte créé", "Compte « " + username.strip() + " » (" + role.getLabel() + ")");
		return password;
	}

	/**
	 * Replaces a forgotten password by a generated one, ends the account's sessions and
	 * lifts any sign-in delay on it.
	 * @return the generated password
	 */
	public String resetPassword(long id) {
		StaffUser user = this.users.findById(id).orElseThrow(StaffUserNotFoundException::new);
		String password = generatePassword();
		user.setPasswordHash(this.passwordEncoder.encode(password));
		user.setPasswordTemporary(true);
		user.endSessions();
		this.throttle.forgive(user.getUsername());
		this.auditLog.record("Mot de passe réinitialisé", "Compte « " + user.getUsername() + " »");
		return password;
	}

	/**
	 * Enables or disables an account; the last active administrator cannot be disabled.
	 * @return whether the change was made
	 */
	public boolean setEnabled(long id, boolean enabled) {
		StaffUser user = this.users.findById(id).orElseThrow(StaffUserNotFoundException::new);
		if (!enabled && isLastActiveAdministrator(user)) {
			return false;
		}
		user.setEnabled(enabled);
		if (enabled) {
			this.throttle.forgive(user.getUsername());
		}
		else {
			user.endSessions();
		}
		this.auditLog.record(enabled ? "Compte réactivé" : "Compte désactivé", "Compte « " + user.getUsername() + " »");
		return true;
	}

	/**
	 * Gives an account another role and ends its sessions, so that the new role applies
	 * at once; the last active administrator keeps theirs.
	 * @return whether the change was made
	 */
	public boolean changeRole(long id, StaffRole role) {
		StaffUser user = this.users.findById(id).orElseThrow(StaffUserNotFoundException::new);
		if (user.getRole() == role) {
			return true;
		}
		if (role != StaffRole.ADMIN && isLastActiveAdministrator(user)) {
			return false;
		}
		user.setRole(role);
		user.endSessions();
		this.auditLog.record("Rôle changé",
				"Compte « " + user.getUsername() + " » : " + role.getLabel().toLowerCase(Locale.ROOT));
		return true;
	}

	/**
	 * Lifts the sign-in delay that failed attempts put on an account.
	 */
	public void unlock(long id) {
		StaffUser user = this.users.findById(id).orElseThrow(StaffUserNotFoundException::new);
		this.throttle.forgive(user.getUsername());
		this.auditLog.record("Compte débloqué", "Compte « " + user.getUsername() + " »");
	}

	/**
	 * Whether this person signs in with a password generated for them, which they must
	 * replace first.
	 */
	@Transactional(readOnly = true)
	public boolean hasTemporaryPassword(String username) {
		return this.users.findByUsernameIgnoreCase(username).map(StaffUser::isPasswordTemporary).orElse(false);
	}

	/**
	 * Until when sign-ins are refused for each user name after repeated failures; absent
	 * when they are not.
	 */
	@Transactional(readOnly = true)
	public Map<String, Instant> lockedUntil(List<StaffUser> accounts) {
		Map<String, Instant> locked = new HashMap<>();
		Instant now = this.clock.instant();
		for (StaffUser user : accounts) {
			Duration wait = this.throttle.accountWait(user.getUsername());
			if (!wait.isZero()) {
				locked.put(user.getUsername(), now.plus(wait));
			}
		}
		return locked;
	}

	/**
	 * Recent failed sign-ins per user name, for the accounts page.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> recentFailures(List<StaffUser> accounts) {
		Map<String, Integer> failures = new HashMap<>();
		accounts.forEach((user) -> failures.put(user.getUsername(), this.throttle.recentFailures(user.getUsername())));
		return failures;
	}

	/**
	 * Whether disabling or demoting this user would leave no active administrator.
	 */
	@Transactional(readOnly = true)
	public boolean isLastActiveAdministrator(StaffUser user) {
		return user.getRole() == StaffRole.ADMIN && user.isEnabled()
				&& this.users.countByRoleAndEnabledTrue(StaffRole.ADMIN) <= 1;
	}

	public String generatePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(PASSWORD_ALPHABET.charAt(this.random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

	/**
	 * Where the site writes to this person, if she gave an address.
	 */
	@Transactional(readOnly = true)
	public Optional<String> email(String username) {
		return this.users.findByUsernameIgnoreCase(username)
			.map(StaffUser::getEmail)
			.filter((email) -> email != null && !email.isBlank());
	}

	/**
	 * Sets or removes (blank) the address of one's own account.
	 */
	public void changeOwnEmail(String username, String email) {
		StaffUser user = this.users.findByUsernameIgnoreCase(username).orElseThrow(StaffUserNotFoundException::new);
		user.setEmail((email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT));
		this.auditLog.record("Adresse e-mail modifiée", "Compte « " + user.getUsername() + " »");
	}

	public int minPasswordLength() {
		return this.properties.minPasswordLength();
	}

}
