package fr.peringenierie.site.web;

/**
 * An entity that visitors see on the public site. Any committed change to one (insert,
 * update, delete), whatever code made it, moves the content revision on, so that every
 * instance drops the pages it rendered before; changes to other entities (contact
 * requests, staff accounts, the audit log) leave the rendered pages alone.
 *
 * @see PublicContentChanges
 */
public interface PublicContent {

	/**
	 * Whether this row is shown to visitors; a row kept for the staff only (an internal
	 * setting) may change without touching the rendered pages.
	 */
	default boolean isVisibleToVisitors() {
		return true;
	}

	/**
	 * The public page that shows this row, where its preview is rendered.
	 */
	default String publicPath() {
		return "/";
	}

}
