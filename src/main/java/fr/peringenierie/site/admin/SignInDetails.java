package fr.peringenierie.site.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in attempt carries besides its user name and password: the client's address
 * and, when the browser has one, the hash of its device key ({@link TrustedDevices}).
 */
final class SignInDetails extends WebAuthenticationDetails {

	private static final long serialVersionUID = 1L;

	private final String deviceKeyHash;

	SignInDetails(HttpServletRequest request) {
		super(request);
		this.deviceKeyHash = TrustedDevices.keyHash(request);
	}

	String deviceKeyHash() {
		return this.deviceKeyHash;
	}

}
