package fr.peringenierie.site.shell;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.PublicAddress;
import fr.peringenierie.site.web.SitemapEntries;
import fr.peringenierie.site.web.PublicPage;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read: the sitemap and robots.txt.
 */
@Controller
class SeoController {

	private final PublicPages publicPages;

	private final List<SitemapEntries> entries;

	private final PublicAddress siteProperties;

	SeoController(PublicPages publicPages, List<SitemapEntries> entries, PublicAddress siteProperties) {
		this.publicPages = publicPages;
		this.entries = entries;
		this.siteProperties = siteProperties;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@PublicPage(inSitemap = false)
	@ResponseBody
	String sitemap() {
		if (!this.siteProperties.isSet()) {
			// Links to localhost would teach search engines a wrong address.
			throw new ResourceNotFoundException(
					"Plan du site retenu : l’adresse publique du site n’est pas encore réglée.");
		}
		List<String> urls = new ArrayList<>();
		this.publicPages.sitemapPaths().forEach((path) -> urls.add(this.siteProperties.absoluteUrl(path)));
		for (SitemapEntries feature : this.entries) {
			feature.sitemapPaths().forEach((path) -> urls.add(this.siteProperties.absoluteUrl(path)));
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		urls.forEach((url) -> xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(url)).append("</loc></url>\n"));
		return xml.append("</urlset>\n").toString();
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	@PublicPage(inSitemap = false)
	@ResponseBody
	String robots() {
		String rules = "User-agent: *\nAllow: /\nDisallow: /admin\n";
		return this.siteProperties.isSet()
				? rules + "\nSitemap: " + this.siteProperties.absoluteUrl("/sitemap.xml") + "\n" : rules;
	}

}
