package fr.peringenierie.site.web;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision of the site's content, shared by every instance through the database.
 */
@Component
public class ContentRevision {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	public ContentRevision(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The current revision: one indexed single-row read.
	 */
	public long current() {
		Long revision = this.jdbc.queryForObject("select revision from content_revision where id = 1", Long.class);
		return (revision != null) ? revision : 0;
	}

	/**
	 * Marks the content as changed, within the transaction that changes it: the new
	 * revision becomes visible exactly when the change does.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void bump() {
		this.jdbc.update("update content_revision set revision = revision + 1 where id = 1");
		this.events.publishEvent(new Changed());
	}

	/**
	 * The content changed in the current transaction; listeners act once it commits.
	 */
	public record Changed() {

	}

}
