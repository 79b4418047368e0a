package fr.peringenierie.site.admin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * A sign-in with a passkey, verified by Spring Security, and refused for an account that
 * was deactivated since the passkey was made.
 */
final class PasskeySignIn implements AuthenticationProvider {

	private final WebAuthnAuthenticationProvider passkeys;

	private final StaffAccounts accounts;

	PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, StaffAccounts accounts) {
		this.passkeys = new WebAuthnAuthenticationProvider(relyingParty, accounts);
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		Authentication signedIn = this.passkeys.authenticate(attempt);
		if (signedIn == null || !this.accounts.isActive(signedIn.getName())) {
			throw new DisabledException("Compte désactivé");
		}
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

}
