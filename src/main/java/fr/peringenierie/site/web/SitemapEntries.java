package fr.peringenierie.site.web;

import java.util.List;

/**
 * The addresses a feature adds to the sitemap for its pages with variables (one per
 * department, one per published project).
 */
public interface SitemapEntries {

	List<String> sitemapPaths();

}
