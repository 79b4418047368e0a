package fr.peringenierie.site.revision;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.Tracked;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of an item of content: its revisions, a word-level comparison of any of
 * them with the version online, and restoring one (which publishes it again, and so
 * becomes the newest revision).
 */
@Service
@Transactional
public class Revisions {

	private final RevisionRepository revisions;

	private final TrackedKinds kinds;

	private final JsonMapper jsonMapper;

	private final AuditLog auditLog;

	private final ContentPublishers publishers;

	Revisions(RevisionRepository revisions, TrackedKinds kinds, JsonMapper jsonMapper, AuditLog auditLog,
			ContentPublishers publishers) {
		this.revisions = revisions;
		this.publishers = publishers;
		this.kinds = kinds;
		this.jsonMapper = jsonMapper;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public History history(String segment, long id) {
		TrackedKinds.Kind kind = this.kinds.kind(segment);
		BaseEntity item = this.kinds.reachableItem(kind, id);
		return new History(kind, id, kind.title(item), item.getVersion(), kind.editUrl(id),
				this.revisions.findByItemTypeAndItemIdOrderByIdDesc(kind.entityName(), id));
	}

	/**
	 * A revision beside the version online, field by field.
	 */
	@Transactional(readOnly = true)
	public Comparison compare(String segment, long id, long revisionId) {
		History history = history(segment, id);
		Revision revision = revision(history.kind(), id, revisionId);
		return new Comparison(history, revision, null,
				fields(history.kind(), values(revision), TrackedKinds.values(this.kinds.item(history.kind(), id))));
	}

	/**
	 * Two versions of an item, the older first, field by field.
	 */
	@Transactional(readOnly = true)
	public Comparison compare(String segment, long id, long revisionId, long otherId) {
		History history = history(segment, id);
		Revision one = revision(history.kind(), id, revisionId);
		Revision other = revision(history.kind(), id, otherId);
		Revision older = (one.getId() <= other.getId()) ? one : other;
		Revision newer = (older == one) ? other : one;
		return new Comparison(history, older, newer, fields(history.kind(), values(older), values(newer)));
	}

	private static List<FieldComparison> fields(TrackedKinds.Kind kind, Map<String, Object> then,
			Map<String, Object> now) {
		List<FieldComparison> fields = new ArrayList<>();
		for (Field field : kind.fields()) {
			String before = WordDiff.readable(then.get(field.getName()));
			String after = WordDiff.readable(now.get(field.getName()));
			fields.add(new FieldComparison(field.getAnnotation(Tracked.class).value(), !before.equals(after),
					WordDiff.between(before, after)));
		}
		return fields;
	}

	/**
	 * Puts the tracked fields of an item back as a revision had them, unless the item
	 * changed since the comparison was shown.
	 */
	public TrackedKinds.Kind restore(String segment, long id, long revisionId, long version) {
		TrackedKinds.Kind kind = this.kinds.kind(segment);
		BaseEntity item = this.kinds.reachableItem(kind, id);
		EditConflictException.check(item, version);
		Revision revision = revision(kind, id, revisionId);
		this.publishers.publish(item, values(revision));
		this.auditLog.record("Restauration d’une version",
				kind.describe(item) + ", version du " + ParisTime.format(revision.getCreatedAt()));
		return kind;
	}

	private Revision revision(TrackedKinds.Kind kind, long id, long revisionId) {
		return this.revisions.findByIdAndItemTypeAndItemId(revisionId, kind.entityName(), id)
			.orElseThrow(() -> new ResourceNotFoundException("Version introuvable : elle a peut-être été effacée."));
	}

	private Map<String, Object> values(Revision revision) {
		return this.jsonMapper.readValue(revision.getData(), new TypeReference<Map<String, Object>>() {
		});
	}

	/**
	 * An item with its revisions, newest first.
	 */
	public record History(TrackedKinds.Kind kind, long id, String title, long version, String editUrl,
			List<Revision> revisions) {

		public String label() {
			return this.kind.capitalizedLabel();
		}

		/**
		 * The version visitors get: the latest published.
		 */
		public Revision online() {
			return this.revisions.stream()
				.filter((revision) -> revision.getKind().isPublished())
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * A revision beside another, or beside the version online.
	 *
	 * @param against the newer version, or {@code null} for the version online
	 */
	public record Comparison(History history, Revision revision, Revision against, List<FieldComparison> fields) {

		public boolean isSame() {
			return this.fields.stream().noneMatch(FieldComparison::changed);
		}

		public boolean isWithOnline() {
			return this.against == null;
		}

	}

	/**
	 * One tracked field: what it was in the revision, what it is online, word by word.
	 */
	public record FieldComparison(String label, boolean changed, List<WordDiff.Segment> segments) {

	}

}
