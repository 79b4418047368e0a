package fr.peringenierie.site.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the site that belong to its deployment rather than to its content.
 *
 * @param baseUrl public address of the site, used for canonical links, Open Graph and the
 * sitemap; behind a proxy it must be the address visitors type
 */
@ConfigurationProperties("per.site")
public record SiteProperties(URI baseUrl) {

	/** Where a site runs that no one has given an address yet: a developer's machine. */
	static final URI LOCAL = URI.create("http://localhost:8080");

	public SiteProperties {
		if (baseUrl == null || baseUrl.toString().isBlank()) {
			baseUrl = LOCAL;
		}
	}

	/**
	 * Whether the environment gives the public address ({@code PER_SITE_BASE_URL}); it
	 * then wins over the one set in the back office.
	 */
	public boolean isConfigured() {
		return !LOCAL.equals(this.baseUrl);
	}

}
