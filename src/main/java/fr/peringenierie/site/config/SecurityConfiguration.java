package fr.peringenierie.site.config;

import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import fr.peringenierie.site.admin.LoginHandlers;
import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.SecurityHeaders;
import fr.peringenierie.site.web.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Web security: the back office needs a staff account (staff accounts and restricted
 * settings an administrator's), every form carries a CSRF token, and every response
 * strict headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger firewallLogger = LoggerFactory.getLogger(HttpFirewall.class);

	@Bean
	SecurityFilterChain siteSecurity(HttpSecurity http, LoginHandlers login, PublicPages publicPages,
			PasswordEncoder passwordEncoder, WebAuthnRelyingPartyOperations relyingParty) throws Exception {
		// Anything but a public page the same for everyone (the back office, forms with a
		// token, errors) must never be stored by a browser or a proxy.
		RequestMatcher privatePages = (request) -> !publicPages
			.isCacheable(request.getRequestURI().substring(request.getContextPath().length()));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(LoginHandlers.LOGIN_PATH)
			.permitAll()
			// Staff accounts, and the personal data of prospects taken out of the site in
			// bulk (backups included).
			.requestMatchers("/admin/utilisateurs/**", "/admin/demandes/export.csv", "/admin/demandes/personne/**",
					"/admin/corbeille/*/*/supprimer", "/admin/sauvegardes", "/admin/sauvegardes/**",
					"/admin/recrutement/candidatures/*/export", "/admin/recrutement/candidatures/*/effacer",
					"/admin/parametres/groupe/notifications/**")
			.hasRole(StaffRole.ADMIN.name())
			// Contributors: their account, the content's edit screens and drafts; their
			// text forms keep changes as drafts for review (PublishActions refuses them
			// any other button).
			.requestMatchers(HttpMethod.GET, CONTRIBUTOR_READS)
			.hasAnyRole(names(StaffRole.values()))
			.requestMatchers(HttpMethod.POST, CONTRIBUTOR_WRITES)
			.hasAnyRole(names(StaffRole.values()))
			// Everything else of the back office: publishing, photos, contact requests,
			// settings, the bin, redirects, the journal and the review of proposals.
			.requestMatchers("/admin/**")
			.hasAnyRole(names(StaffRole.ADMIN, StaffRole.EDITOR))
			.anyRequest()
			.permitAll())
			.authenticationManager(login.authenticationManager(passwordEncoder))
			.formLogin((form) -> form.loginPage(LoginHandlers.LOGIN_PATH)
				.authenticationDetailsSource(login.detailsSource())
				.successHandler(login.successHandler())
				.failureHandler(login.failureHandler()))
			// Passkeys: registered from « Mon compte », used on the sign-in page (both by
			// the site's own script; Spring Security's default pages are not used).
			.webAuthn((passkeys) -> passkeys.rpName("PER INGÉNIERIE")
				.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {

					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationManager(login.passkeyAuthenticationManager(relyingParty));
						filter.setAuthenticationSuccessHandler(login.passkeySuccessHandler());
						filter.setAuthenticationFailureHandler(login.passkeyFailureHandler());
						return filter;
					}

				}))
			// Redirects by path, never built from the Host header a client sends.
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(login.entryPoint())
				.accessDeniedHandler(login.accessDeniedHandler()))
			// No server session before sign-in: the page asked for is remembered in a
			// cookie, and so are the CSRF tokens of the public forms.
			.requestCache((cache) -> cache.requestCache(login.requestCache()))
			.logout((logout) -> logout.logoutUrl("/admin/logout")
				.logoutSuccessUrl(LoginHandlers.LOGIN_PATH + "?deconnecte"))
			.addFilterAfter(login.sessionCheckFilter(), SecurityContextHolderFilter.class)
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
				.frameOptions((frame) -> frame.deny())
				// Public pages are revalidated with their ETag (see RenderedPageCache);
				// only
				// the back office and forms carrying a CSRF token must never be stored.
				.cacheControl((cache) -> cache.disable())
				.addHeaderWriter(
						new DelegatingRequestMatcherHeaderWriter(privatePages, new CacheControlHeadersWriter())));
		return http.build();
	}

	/**
	 * The edit screens of the content kept in drafts, each item by its number: their
	 * forms go through {@code PublishActions}.
	 */
	private static final String[] CONTENT_EDIT_SCREENS = { "/admin/edito", "/admin/histoire/{id:\\d+}",
			"/admin/departements/{id:\\d+}", "/admin/sections/{id:\\d+}", "/admin/elements/{id:\\d+}",
			"/admin/equipe/{id:\\d+}", "/admin/moyens-techniques/{id:\\d+}", "/admin/logiciels/{id:\\d+}",
			"/admin/realisations/{id:\\d+}", "/admin/textes/{id:\\d+}", "/admin/actualites/{id:\\d+}",
			"/admin/recrutement/offres/{id:\\d+}" };

	/** What a contributor may open, besides the content's edit screens. */
	static final String[] CONTRIBUTOR_READS = concat(CONTENT_EDIT_SCREENS, "/admin/equipe/personnes/{id:\\d+}",
			"/admin", "/admin/histoire", "/admin/departements", "/admin/equipe", "/admin/moyens-techniques",
			"/admin/realisations", "/admin/textes", "/admin/actualites", "/admin/recrutement", "/admin/brouillons",
			"/admin/brouillons/*/*/abandonner", "/admin/apercu/**", "/admin/historique/*/*",
			"/admin/historique/*/*/comparer", "/admin/historique/*/*/{revision:\\d+}", "/admin/recherche",
			"/admin/liens", "/admin/session", "/admin/reprise", "/admin/mot-de-passe", "/admin/second-facteur");

	/**
	 * What a contributor may send, besides the content's text forms (not the people of
	 * the team page: they have no drafts, a change is online at once).
	 */
	static final String[] CONTRIBUTOR_WRITES = concat(CONTENT_EDIT_SCREENS, "/admin/realisations/{id:\\d+}/garder",
			"/admin/brouillons/*/*/abandonner", "/admin/reprise/abandonner", "/admin/mot-de-passe",
			"/admin/mot-de-passe/**", "/admin/second-facteur/**", "/admin/logout");

	private static String[] concat(String[] first, String... more) {
		return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
	}

	private static String[] names(StaffRole... roles) {
		return Arrays.stream(roles).map(StaffRole::name).toArray(String[]::new);
	}

	private static CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		return repository;
	}

	/**
	 * A request the firewall refuses (an encoded slash, a {@code ;} or {@code ..} in the
	 * address) gets the French 400 page, with the same headers as any other.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejection) -> {
			firewallLogger.info("Requête refusée ({} {}) : {}", request.getMethod(),
					request.getRequestURI().replaceAll("\\p{Cntrl}", "?"), rejection.getMessage());
			SecurityHeaders.writeTo(response);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
