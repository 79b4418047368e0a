package fr.peringenierie.site.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Back-office access settings.
 *
 * @param username the first administrator's user name, created at the first start when no
 * account exists
 * @param password the first administrator's password; when empty a strong one is
 * generated and logged once
 * @param maxFailedLogins failed sign-ins after which an account is locked
 * @param lockDuration how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted
 */
@ConfigurationProperties("per.admin")
public record AdminProperties(String username, String password, Integer maxFailedLogins, Duration lockDuration,
		Integer minPasswordLength) {

	public AdminProperties {
		username = (username == null || username.isBlank()) ? "admin" : username.strip();
		maxFailedLogins = (maxFailedLogins == null) ? 5 : maxFailedLogins;
		lockDuration = (lockDuration == null) ? Duration.ofMinutes(15) : lockDuration;
		minPasswordLength = (minPasswordLength == null) ? 12 : minPasswordLength;
	}

}
