package fr.peringenierie.site.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, next to its handler, a page that anyone may read: the one place the page
 * cache, the sitemap, the security headers and the tests learn which pages are public.
 *
 * @see PublicPages
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicPage {

	/**
	 * Whether the page is the same for every visitor and may be served from the page
	 * cache; a page with a form carrying a CSRF token is not.
	 */
	boolean cacheable() default true;

	/**
	 * Whether the page is listed in the sitemap (for a page with variables, by its
	 * feature's {@link SitemapEntries}).
	 */
	boolean inSitemap() default true;

	/**
	 * The query parameters the page reads (the gallery's filters, a list's page). Any
	 * other parameter (a link's {@code utm_source} or {@code fbclid}, a typo) does not
	 * change the page: the cached page answers it.
	 */
	String[] parameters() default {};

}
