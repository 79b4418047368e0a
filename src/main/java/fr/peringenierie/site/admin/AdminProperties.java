package fr.peringenierie.site.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Back-office access settings.
 *
 * @param username the first administrator's user name, created at the first start when no
 * account exists
 * @param password the first administrator's password; when empty a strong one is
 * generated and logged once
 * @param minPasswordLength the shortest password accepted
 */
@ConfigurationProperties("per.admin")
public record AdminProperties(String username, String password, Integer minPasswordLength) {

	public AdminProperties {
		username = (username == null || username.isBlank()) ? "admin" : username.strip();
		minPasswordLength = (minPasswordLength == null) ? 12 : minPasswordLength;
	}

}
