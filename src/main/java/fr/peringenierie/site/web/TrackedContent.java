package fr.peringenierie.site.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity of content with a history: each published change to one of its
 * {@link Tracked} fields is kept as a revision that staff compare and restore.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TrackedContent {

	/**
	 * The kind's address in the history screens:
	 * {@code /admin/historique/{segment}/{id}}.
	 */
	String segment();

	/** The kind as staff read it, with its article: "la réalisation". */
	String label();

	/** The tracked field that names an item in the history screens. */
	String title();

	/**
	 * The back-office screen where an item is edited, {@code {id}} standing for its id.
	 */
	String editUrl();

}
