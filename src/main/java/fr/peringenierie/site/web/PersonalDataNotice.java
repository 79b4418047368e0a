package fr.peringenierie.site.web;

/**
 * What a feature that collects personal data tells visitors on the privacy page: its own
 * section, with how long the data is kept, read from the same setting as its purge.
 */
public interface PersonalDataNotice {

	/** The section's anchor on the page. */
	String anchor();

	/** The section's title. */
	String title();

	/** What is collected, why, who reads it and how long it is kept: plain text. */
	String text();

}
