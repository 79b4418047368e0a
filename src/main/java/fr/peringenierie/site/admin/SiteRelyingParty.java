package fr.peringenierie.site.admin;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The site as a WebAuthn relying party, through Spring Security's webauthn4j operations:
 * passkeys belong to the public address's host ({@code per.site.base-url}), and only that
 * origin may use them. Where {@code per.passkeys.local} allows it (a computer running the
 * site for itself, the tests), {@code localhost} on the port actually listened on is a
 * second relying party, chosen when the browser is there.
 */
class SiteRelyingParty implements WebAuthnRelyingPartyOperations {

	static final String NAME = "PER INGÉNIERIE";

	private final Webauthn4JRelyingPartyOperations site;

	private final Webauthn4JRelyingPartyOperations local;

	private final Set<String> localOrigins = new CopyOnWriteArraySet<>();

	SiteRelyingParty(URI baseUrl, boolean localAllowed, PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials) {
		String origin = baseUrl.getScheme() + "://" + baseUrl.getHost()
				+ ((baseUrl.getPort() != -1) ? ":" + baseUrl.getPort() : "");
		this.site = new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(baseUrl.getHost()).name(NAME).build(), Set.of(origin));
		boolean localSite = "localhost".equals(baseUrl.getHost());
		this.local = (localAllowed && !localSite)
				? new Webauthn4JRelyingPartyOperations(users, credentials,
						PublicKeyCredentialRpEntity.builder().id("localhost").name(NAME).build(), this.localOrigins)
				: null;
	}

	@EventListener
	void listening(WebServerInitializedEvent event) {
		this.localOrigins.add("http://localhost:" + event.getWebServer().getPort());
	}

	private WebAuthnRelyingPartyOperations current() {
		if (this.local != null
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			if ("localhost".equals(request.getServerName())) {
				return this.local;
			}
		}
		return this.site;
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return current().createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return current().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return current().createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return current().authenticate(request);
	}

}
