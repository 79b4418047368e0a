package fr.peringenierie.site.admin;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only when the throttle allows it. It sits inside Spring Security's
 * authentication, behind the login filter's own decoded and normalised matching, so that
 * every spelling of the sign-in address ({@code /admin/%6cogin}, {@code /%61dmin/login})
 * goes through it.
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final TrustedDevices devices;

	ThrottledSignIn(AuthenticationProvider passwords, LoginThrottle throttle, TrustedDevices devices) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.devices = devices;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String client = (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
		String username = attempt.getName();
		String device = (attempt.getDetails() instanceof SignInDetails details)
				? this.devices.trusted(details.deviceKeyHash(), username).orElse(null) : null;
		Duration wait = this.throttle.acquire(client, username, device);
		if (!wait.isZero()) {
			throw new SignInDelayedException(wait);
		}
		Authentication signedIn = this.passwords.authenticate(attempt);
		this.throttle.recordSuccess(client, username, device);
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * A sign-in refused before its password was checked, because its client or user name
	 * must wait.
	 */
	static final class SignInDelayedException extends AuthenticationException {

		private final Duration wait;

		SignInDelayedException(Duration wait) {
			super("Trop de tentatives : attendre " + wait.toSeconds() + " s");
			this.wait = wait;
		}

		/** The wait, in whole seconds, at least one. */
		long seconds() {
			return Math.max(1, (this.wait.toMillis() + 999) / 1000);
		}

	}

}
