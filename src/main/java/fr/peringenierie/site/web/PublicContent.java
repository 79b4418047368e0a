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
	 * Whether writing this row may change what visitors see: by default, whether they see
	 * it. A kind that staff take offline by a field of its own (« En ligne » unticked)
	 * answers {@code true} whatever its state, so that taking an item offline also makes
	 * every instance forget the pages that listed it.
	 */
	default boolean changesPublicPages() {
		return isVisibleToVisitors();
	}

	/**
	 * The public page that shows this row, where its preview is rendered.
	 */
	default String publicPath() {
		return "/";
	}

}
