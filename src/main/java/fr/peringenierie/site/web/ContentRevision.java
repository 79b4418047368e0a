package fr.peringenierie.site.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The revision of the site's content, shared by every instance through the database; it
 * moves on with every committed change to {@link PublicContent}.
 */
@Component
public class ContentRevision {

	/** The one query that reads the revision, wherever it is read. */
	public static final String CURRENT = "select revision from content_revision where id = 1";

	private final JdbcTemplate jdbc;

	public ContentRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current revision: one indexed single-row read.
	 */
	public long current() {
		Long revision = this.jdbc.queryForObject(CURRENT, Long.class);
		return (revision != null) ? revision : 0;
	}

	/**
	 * A change to the public content has just been committed on this instance.
	 */
	public record Changed() {

	}

}
