package fr.peringenierie.site.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens around a sign-in attempt: failures are counted per account and per client
 * and logged, and a client that failed too often is refused before its password is even
 * checked.
 */
@Component
public class LoginHandlers {

	public static final String LOGIN_PATH = "/admin/login";

	private static final Logger loginLogger = LoggerFactory.getLogger(LoginHandlers.class);

	private final StaffAccounts accounts;

	private final LoginThrottle throttle;

	LoginHandlers(StaffAccounts accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	public SavedRequestAwareAuthenticationSuccessHandler successHandler() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				LoginHandlers.this.accounts.recordSuccessfulLogin(authentication.getName());
				LoginHandlers.this.throttle.recordSuccess(request.getRemoteAddr());
				loginLogger.info("Connexion de « {} » depuis {}", authentication.getName(), request.getRemoteAddr());
				super.onAuthenticationSuccess(request, response, authentication);
			}

		};
		handler.setDefaultTargetUrl("/admin");
		return handler;
	}

	public AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String username = request.getParameter("username");
			String reason = reason(exception);
			if (!(exception instanceof LockedException)) {
				this.accounts.recordFailedLogin(username);
				this.throttle.recordFailure(request.getRemoteAddr());
			}
			loginLogger.warn("Échec de connexion pour « {} » depuis {} : {}", sanitize(username),
					request.getRemoteAddr(), reason);
			response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?erreur=" + reason);
		};
	}

	public OncePerRequestFilter clientThrottleFilter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (HttpMethod.POST.matches(request.getMethod())
						&& (request.getContextPath() + LOGIN_PATH).equals(request.getRequestURI())
						&& LoginHandlers.this.throttle.isBlocked(request.getRemoteAddr())) {
					loginLogger.warn("Tentative de connexion refusée : trop d’échecs depuis {}",
							request.getRemoteAddr());
					response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	private static String reason(AuthenticationException exception) {
		if (exception instanceof LockedException) {
			return "verrouille";
		}
		if (exception instanceof DisabledException) {
			return "desactive";
		}
		return "identifiants";
	}

	/** Keeps a typed user name from forging log lines. */
	private static String sanitize(String username) {
		return (username == null) ? "" : username.replaceAll("[\\p{Cntrl}]", "?");
	}

}
