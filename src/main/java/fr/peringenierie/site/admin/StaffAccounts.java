package fr.peringenierie.site.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
 * Staff accounts: sign-in, lock-out after repeated failures, creation and passwords.
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

	private final SecureRandom random = new SecureRandom();

	public StaffAccounts(StaffUserRepository users, PasswordEncoder passwordEncoder, AdminProperties properties,
			Clock clock, AuditLog auditLog) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
		this.auditLog = auditLog;
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
			.accountLocked(user.isLockedAt(this.clock.instant()))
			.build();
	}

	/**
	 * Counts a failed sign-in for the account of that name, if there is one.
	 */
	public void recordFailedLogin(String username) {
		if (username == null) {
			return;
		}
		this.users.findByUsernameIgnoreCase(username.strip()).ifPresent((user) -> {
			Instant lockUntil = this.clock.instant().plus(this.properties.lockDuration());
			if (user.recordFailure(this.properties.maxFailedLogins(), lockUntil)) {
				logger.warn("Compte « {} » verrouillé jusqu’à {} après {} échecs de connexion", user.getUsername(),
						lockUntil, this.properties.maxFailedLogins());
			}
		});
	}

	public void recordSuccessfulLogin(String username) {
		this.users.findByUsernameIgnoreCase(username).ifPresent(StaffUser::recordSuccess);
	}

	@Transactional(readOnly = true)
	public List<StaffUser> findAll() {
		return this.users.findAllByOrderByUsername();
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
		create(this.properties.username(), password, StaffRole.ADMIN);
		return generated ? Optional.of(password) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public boolean passwordMatches(String username, String rawPassword) {
		return rawPassword != null && this.users.findByUsernameIgnoreCase(username)
			.map((user) -> this.passwordEncoder.matches(rawPassword, user.getPasswordHash()))
			.orElse(false);
	}

	public void changeOwnPassword(String username, String rawPassword) {
		StaffUser user = this.users.findByUsernameIgnoreCase(username).orElseThrow();
		user.setPasswordHash(this.passwordEncoder.encode(rawPassword));
		this.auditLog.record("Mot de passe changé", "Compte « " + user.getUsername() + " »");
	}

	/**
	 * Creates an account with a generated password, which the administrator passes on.
	 * @return the generated password
	 */
	public String createWithGeneratedPassword(String username, StaffRole role) {
		String password = generatePassword();
		create(username, password, role);
		this.auditLog.record("Compte créé", "Compte « " + username.strip() + " » (" + role.getLabel() + ")");
		return password;
	}

	/**
	 * Replaces a forgotten password by a generated one and unlocks the account.
	 * @return the generated password
	 */
	public String resetPassword(long id) {
		StaffUser user = this.users.findById(id).orElseThrow(StaffUserNotFoundException::new);
		String password = generatePassword();
		user.setPasswordHash(this.passwordEncoder.encode(password));
		user.unlock();
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
			user.unlock();
		}
		this.auditLog.record(enabled ? "Compte réactivé" : "Compte désactivé", "Compte « " + user.getUsername() + " »");
		return true;
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

	public int minPasswordLength() {
		return this.properties.minPasswordLength();
	}

}
