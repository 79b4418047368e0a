package fr.peringenierie.site.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What the layout needs to know about the page it frames: its title, its description for
 * search engines and link previews, and its place in the breadcrumb trail.
 *
 * @param title the page title, without the company name
 * @param description one or two sentences describing the page
 * @param breadcrumbs the trail from the home page down to this page (excluded)
 */
public record PageMeta(String title, String description, List<Breadcrumb> breadcrumbs) {

	public static final String MODEL_ATTRIBUTE = "page";

	/**
	 * Model attribute: the query string the page's canonical address keeps (a gallery
	 * filtered on one criterion is a page of its own), if any.
	 */
	public static final String CANONICAL_QUERY = "canonicalQuery";

	/**
	 * Model attribute: the page's own schema.org data, a map the layout writes as JSON-LD
	 * beside the organization and the breadcrumb trail.
	 */
	public static final String STRUCTURED_DATA = "structuredData";

	/**
	 * Model attribute: the absolute address of the image link previews show (og:image).
	 */
	public static final String SHARED_IMAGE = "sharedImage";

	/**
	 * Meta for a page directly under the home page.
	 */
	public static PageMeta of(String title, String description) {
		return new PageMeta(title, description, List.of());
	}

	/**
	 * Meta for a page under an intermediate page.
	 */
	public PageMeta under(String parentLabel, String parentPath) {
		List<Breadcrumb> trail = new ArrayList<>(this.breadcrumbs);
		trail.add(new Breadcrumb(parentLabel, parentPath));
		return new PageMeta(this.title, this.description, List.copyOf(trail));
	}

	/**
	 * A page of the trail.
	 *
	 * @param label the link text
	 * @param path the path on this site
	 */
	public record Breadcrumb(String label, String path) {

	}

}
