package fr.peringenierie.site.admin;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

import fr.peringenierie.site.web.StaffRole;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens around a sign-in: attempts are slowed down per client and per user name
 * before any password is checked, failures are counted and logged, and a session ends as
 * soon as its account is disabled, demoted or given a new password.
 */
@Component
public class LoginHandlers {

	public static final String LOGIN_PATH = "/admin/login";

	/** The session attribute holding the account's stamp when the session started. */
	static final String SESSION_STAMP = LoginHandlers.class.getName() + ".stamp";

	private static final Logger loginLogger = LoggerFactory.getLogger(LoginHandlers.class);

	private final StaffAccounts accounts;

	private final LoginThrottle throttle;

	private final CookieRequestCache requestCache = new CookieRequestCache();

	private final KeptForms keptForms;

	private final TrustedDevices devices;

	private final SignInNotices notices;

	private final SecondFactor secondFactor;

	private final Clock clock;

	private final SignIns signIns;

	LoginHandlers(StaffAccounts accounts, LoginThrottle throttle, KeptForms keptForms, SignIns signIns,
			TrustedDevices devices, SignInNotices notices, SecondFactor secondFactor, Clock clock) {
		this.secondFactor = secondFactor;
		this.clock = clock;
		this.accounts = accounts;
		this.devices = devices;
		this.notices = notices;
		this.throttle = throttle;
		this.keptForms = keptForms;
		this.signIns = signIns;
		// Only pages are remembered: a form posted signed out cannot be replayed as a
		// link.
		this.requestCache.setRequestMatcher((request) -> "GET".equals(request.getMethod()));
	}

	/**
	 * Sign-in details with the browser's device key, for the throttle.
	 */
	public AuthenticationDetailsSource<HttpServletRequest, ?> detailsSource() {
		return SignInDetails::new;
	}

	/**
	 * Where the page that asked for a sign-in is remembered: a cookie, so that visiting
	 * the back office signed out creates no server session.
	 */
	public RequestCache requestCache() {
		return this.requestCache;
	}

	/**
	 * Back to the page that asked for a sign-in, by its path only: the saved address was
	 * built from the request's host, which a client can forge.
	 */
	public AuthenticationSuccessHandler successHandler() {
		return (request, response, authentication) -> response
			.sendRedirect(request.getContextPath() + signedIn(request, response, authentication));
	}

	/**
	 * The same, for a sign-in with a passkey, made by the page's script: the address to
	 * go to, as JSON.
	 */
	public AuthenticationSuccessHandler passkeySuccessHandler() {
		return (request, response, authentication) -> {
			String target = signedIn(request, response, authentication);
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter()
				.write("{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + target + "\"}");
		};
	}

	/**
	 * A passkey refused: the reason for the page's script, never which accounts exist.
	 */
	public AuthenticationFailureHandler passkeyFailureHandler() {
		return (request, response, exception) -> {
			loginLogger.warn("Échec de connexion par clé d’accès depuis {} : {}", request.getRemoteAddr(),
					exception.getClass().getSimpleName());
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter()
				.write("{\"authenticated\":false,\"error\":\"Cette clé d’accès n’ouvre aucun compte actif du site.\"}");
		};
	}

	/**
	 * What every sign-in does, whatever the way: the session's stamp, the browser trusted
	 * (and the person told when it is new), the sign-in recorded.
	 * @return the path to go to
	 */
	private String signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		String username = authentication.getName();
		HttpSession session = request.getSession();
		long stamp = this.accounts.sessionStamp(username);
		session.setAttribute(SESSION_STAMP, stamp);
		if (this.devices.trust(username, stamp, request, response)) {
			this.notices.newDevice(username, request.getRemoteAddr(), request.getHeader("User-Agent"));
		}
		this.signIns.record(username, request.getRemoteAddr(), request.getHeader("User-Agent"));
		this.keptForms.rememberSignIn(username, request, response);
		loginLogger.info("Connexion de « {} » depuis {}", username, request.getRemoteAddr());
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		String target = this.keptForms.find(request, username).isPresent() ? ExpiredSessionController.RESUME_PATH
				: targetPath(saved);
		if (this.accounts.hasTemporaryPassword(username)) {
			session.setAttribute(TemporaryPasswordInterceptor.PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
			target = AccountController.PATH;
		}
		// A password alone does not open an administrator's session: her passkey or a
		// code sent to her e-mail must follow. A passkey is both factors at once.
		session.removeAttribute(SecondFactor.PENDING);
		// Without a passkey nor an address yet, she is let in, and the dashboard asks her
		// to add one.
		session.removeAttribute(SecondFactor.SETUP_REQUIRED);
		if (authentication instanceof UsernamePasswordAuthenticationToken
				&& this.accounts.roleOf(username) == StaffRole.ADMIN) {
			if (this.secondFactor.means(username).any()) {
				session.setAttribute(SecondFactor.PENDING, target);
				return SecondFactor.PATH;
			}
			// Past her grace, her password opens « Mon compte » only, to add one there.
			if (this.secondFactor.due(username).filter((due) -> this.clock.instant().isAfter(due)).isPresent()) {
				session.setAttribute(SecondFactor.SETUP_REQUIRED, Boolean.TRUE);
				return AccountController.PATH + "#cles";
			}
		}
		return target;
	}

	/**
	 * Sends a signed-out visitor of the back office to the sign-in page; a form they
	 * posted because their session had expired is kept first, to be handed back after
	 * sign-in.
	 */
	public AuthenticationEntryPoint entryPoint() {
		LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint(LOGIN_PATH);
		toLogin.setFavorRelativeUris(true);
		return (request, response, exception) -> {
			if (!KeptForms.isKeepable(request) || !keepExpiredForm(request, response)) {
				toLogin.commence(request, response, exception);
			}
		};
	}

	/**
	 * A form refused for its missing CSRF token because the browser lost its session
	 * (closed, or the token cookie expired with it) is kept as well; any other refusal is
	 * the usual "Accès refusé".
	 */
	public AccessDeniedHandler accessDeniedHandler() {
		AccessDeniedHandlerImpl refuse = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			boolean signedOut = authentication == null || authentication instanceof AnonymousAuthenticationToken;
			if (!(exception instanceof CsrfException && signedOut && KeptForms.isKeepable(request)
					&& keepExpiredForm(request, response))) {
				refuse.handle(request, response, exception);
			}
		};
	}

	/**
	 * Keeps the form for whoever last signed in on this browser and sends them to sign in
	 * again.
	 * @return false, having done nothing, for a browser no active account signed in from
	 */
	private boolean keepExpiredForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
		KeptForms.Kept kept = this.keptForms.keep(request, response);
		if (kept == KeptForms.Kept.NO_OWNER) {
			return false;
		}
		String error = switch (kept) {
			case KEPT -> "expiree";
			case HANDED_OVER -> "desactive";
			default -> "expiree-trop";
		};
		response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?erreur=" + error);
		return true;
	}

	private static String targetPath(SavedRequest saved) {
		if (saved == null) {
			return "/admin";
		}
		URI uri = URI.create(saved.getRedirectUrl());
		String path = uri.getRawPath();
		if (path == null || !path.startsWith("/admin")) {
			return "/admin";
		}
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

	/**
	 * Every failure was counted before its password was checked
	 * ({@link ThrottledSignIn}), and says the same thing whatever the reason (unknown
	 * user name, wrong password, disabled account), so that answers never tell which user
	 * names exist.
	 */
	public AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String username = request.getParameter("username");
			if (exception instanceof ThrottledSignIn.SignInDelayedException delayed) {
				loginLogger.warn("Tentative de connexion pour « {} » depuis {} refusée : attente de {} s",
						sanitize(username), request.getRemoteAddr(), delayed.seconds());
				response.sendRedirect(
						request.getContextPath() + LOGIN_PATH + "?erreur=attente&secondes=" + delayed.seconds());
				return;
			}
			loginLogger.warn("Échec de connexion pour « {} » depuis {} : {}", sanitize(username),
					request.getRemoteAddr(), exception.getClass().getSimpleName());
			response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?erreur=identifiants");
		};
	}

	/**
	 * Checks passkeys, for active accounts only ({@link PasskeySignIn}).
	 */
	public AuthenticationManager passkeyAuthenticationManager(WebAuthnRelyingPartyOperations relyingParty) {
		return new ProviderManager(new PasskeySignIn(relyingParty, this.accounts));
	}

	/**
	 * Checks staff passwords, each only when the throttle allows it
	 * ({@link ThrottledSignIn}).
	 */
	public AuthenticationManager authenticationManager(PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(this.accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledSignIn(passwords, this.throttle, this.devices));
	}

	/**
	 * Ends a back-office session whose account has since been disabled, given another
	 * role or a new password: checked on every back-office request, against the database
	 * that every instance shares.
	 */
	public OncePerRequestFilter sessionCheckFilter() {
		return new OncePerRequestFilter() {

			// Whatever the address: only staff have a session, and a request of theirs
			// under any spelling of any path is checked.
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return request.getSession(false) == null;
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (session != null && session.getAttribute(SESSION_STAMP) instanceof Long stamp
						&& authentication != null && !isCurrent(authentication, stamp)) {
					loginLogger.info("Session de « {} » terminée : compte désactivé, rôle ou mot de passe changé",
							authentication.getName());
					session.invalidate();
					SecurityContextHolder.clearContext();
					response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?erreur=session");
					return;
				}
				if (SecondFactor.isPending(session) && SecondFactor.GUARDED.matches(request)) {
					response.sendRedirect(request.getContextPath() + SecondFactor.PATH);
					return;
				}
				if (session.getAttribute(SecondFactor.SETUP_REQUIRED) != null
						&& SecondFactor.OUTSIDE_MY_ACCOUNT.matches(request)) {
					response.sendRedirect(request.getContextPath() + AccountController.PATH + "#cles");
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	private boolean isCurrent(Authentication authentication, long stamp) {
		String authority = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((name) -> name.startsWith("ROLE_"))
			.findFirst()
			.orElse("");
		return this.accounts.isSessionCurrent(authentication.getName(), stamp, authority);
	}

	/**
	 * Keeps the session of a user who just changed their own password, whose other
	 * sessions have ended.
	 */
	static void renewSessionStamp(HttpServletRequest request, long stamp) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_STAMP) != null) {
			session.setAttribute(SESSION_STAMP, stamp);
		}
	}

	/** Keeps a typed user name from forging log lines. */
	private static String sanitize(String username) {
		return (username == null) ? "" : username.replaceAll("[\\p{Cntrl}]", "?");
	}

}
