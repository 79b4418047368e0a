package fr.peringenierie.site.shell;

import java.util.List;
import java.util.TreeSet;

import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.SitemapEntries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site's own pages, for the link dialog of the rich-text editor: the addresses the
 * sitemap lists, in order.
 */
@RestController
class LinkTargetsController {

	private final PublicPages publicPages;

	private final List<SitemapEntries> entries;

	LinkTargetsController(PublicPages publicPages, List<SitemapEntries> entries) {
		this.publicPages = publicPages;
		this.entries = entries;
	}

	@GetMapping("/admin/liens")
	List<String> linkTargets() {
		TreeSet<String> paths = new TreeSet<>(this.publicPages.sitemapPaths());
		this.entries.forEach((feature) -> paths.addAll(feature.sitemapPaths()));
		return List.copyOf(paths);
	}

}
