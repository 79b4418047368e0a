package fr.peringenierie.site.web;

/**
 * Content that only administrators may read or change, item by item (the address that
 * receives notifications, among the settings): every screen that reaches an item by its
 * kind and id, its history and drafts included, applies the same rule as its own edit
 * screen.
 */
public interface AdminOnly {

	boolean isAdminOnly();

}
