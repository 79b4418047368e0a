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

	public SiteProperties {
		if (baseUrl == null) {
			baseUrl = URI.create("http://localhost:8080");
		}
	}

	/**
	 * The absolute URL of a path of this site.
	 */
	public String absoluteUrl(String path) {
		String base = this.baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

}
