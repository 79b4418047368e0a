package fr.peringenierie.site.revision;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes each save of a draft into the item's history, beside its publications. Text kept
 * for one person in a row (each click of her page keeps it again) is folded into one
 * version, like an editor's autosaves.
 */
@Component
class DraftVersions {

	/** Kept text of one person is folded into her previous one within this time. */
	static final Duration FOLDED_WITHIN = Duration.ofMinutes(30);

	private static final String INSERT = "insert into revision (item_type, item_id, created_at, author, data, kind) "
			+ "values (?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	DraftVersions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a draft as a version of its item, in the current transaction.
	 */
	void record(String itemType, long itemId, String author, Instant at, String data, RevisionKind kind) {
		if (kind == RevisionKind.KEPT_TYPING) {
			// Only when it is the item's latest version, so nobody else's is ever lost.
			this.jdbc.update(
					"delete from revision where id = (select max(id) from revision where item_type = ? "
							+ "and item_id = ?) and kind = ? and author = ? and created_at > ?",
					itemType, itemId, RevisionKind.KEPT_TYPING.name(), author, Timestamp.from(at.minus(FOLDED_WITHIN)));
		}
		this.jdbc.update(INSERT, itemType, itemId, Timestamp.from(at), author, data, kind.name());
		this.jdbc.update(RevisionRecorder.PRUNE, itemType, itemId, itemType, itemId);
	}

}
