package fr.peringenierie.site.admin;

import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.TrackedContent;

/**
 * A kind of content kept in an order that staff choose (history steps, departments and
 * their sections, team roles, software categories and tools, projects): what moving one
 * of them means and where its list is, so that moving, deleting to the bin and restoring
 * are written once ({@link OrderedContentAdminController}, {@link Bin}).
 */
public interface OrderedContent {

	/**
	 * The kind's address in the back office: {@code /admin/{pathSegment}/{id}/…}.
	 */
	String pathSegment();

	/**
	 * The kind as staff read it, with its article: "la réalisation", "le département", as
	 * its entity declares it.
	 */
	default String kindLabel() {
		return type().getAnnotation(TrackedContent.class).label();
	}

	Class<? extends OrderedEntity> type();

	/**
	 * The screen that lists the item, where staff return after moving or deleting it.
	 */
	String listUrl(long id);

	/**
	 * Moves the item that many places up (negative offset) or down (positive), stopping
	 * at the first or last place.
	 */
	void move(long id, int offset);

	/**
	 * What goes to the bin with the item and comes back with it, said to staff before
	 * they delete it ("ses 4 sections et leurs éléments"), or {@code null} if nothing.
	 */
	default String contents(long id) {
		return null;
	}

}
