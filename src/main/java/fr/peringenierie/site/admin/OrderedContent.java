package fr.peringenierie.site.admin;

/**
 * A kind of content kept in an order that staff choose (history steps, departments and
 * their sections, team roles, software categories and tools, projects): what moving and
 * deleting one of them means, so that the screens doing it are written once
 * ({@link OrderedContentAdminController}).
 */
public interface OrderedContent {

	/**
	 * The kind's address in the back office: {@code /admin/{pathSegment}/{id}/…}.
	 */
	String pathSegment();

	/**
	 * The screen that lists the item, where staff return after moving or deleting it.
	 */
	String listUrl(long id);

	/**
	 * Moves the item one place up (negative direction) or down (positive).
	 */
	void move(long id, int direction);

	void delete(long id);

	/**
	 * The code, in {@code messages.properties}, of what staff read once an item is
	 * deleted.
	 */
	String deletedMessage();

}
