package fr.peringenierie.site.admin;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.LabelForm;
import fr.peringenierie.site.web.ListEntry;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to the entries of a list (a section's items, a category's tools), written
 * once for every kind: renaming checks the version the form was opened on, and every
 * change is written to the audit log.
 *
 * @param <E> the kind of entry
 */
@Transactional
public abstract class ListEntryEditor<E extends ListEntry> implements OrderedContent, ContentPublisher {

	private final ListCrudRepository<E, Long> entries;

	private final AuditLog auditLog;

	protected ListEntryEditor(ListCrudRepository<E, Long> entries, AuditLog auditLog) {
		this.entries = entries;
		this.auditLog = auditLog;
	}

	/** The list the entry belongs to, in order, as its parent holds it. */
	protected abstract List<E> siblings(E entry);

	/** The parent the entry belongs to; loaded with the entry by {@link #entry}. */
	public abstract long parentId(E entry);

	/** How the audit log names the entry, with its parent. */
	protected abstract String describe(E entry);

	/** The address of the parent's screen, which lists the entries. */
	protected abstract String parentUrl(long parentId);

	@Override
	@Transactional(readOnly = true)
	public String listUrl(long id) {
		return parentUrl(parentId(entry(id)));
	}

	/**
	 * An entry, with what its screens show of its parent.
	 */
	@Transactional(readOnly = true)
	public E entry(long id) {
		E entry = this.entries.findById(id).orElseThrow(() -> new ResourceNotFoundException("Élément inconnu"));
		describe(entry);
		return entry;
	}

	public void rename(long id, LabelForm form) {
		E entry = entry(id);
		EditConflictException.check(entry, form.getVersion());
		entry.setLabel(form.getLabel().strip());
		this.auditLog.record("Modification", describe(entry));
	}

	@Override
	public void move(long id, int offset) {
		E entry = entry(id);
		if (Positioned.move(new ArrayList<>(siblings(entry)), entry, offset)) {
			this.auditLog.record("Réordonnancement", describe(entry));
		}
	}

	/**
	 * Records the creation of an entry its parent just received.
	 */
	protected E added(E entry) {
		E saved = this.entries.save(entry);
		this.auditLog.record("Création", describe(saved));
		return saved;
	}

	@Override
	public abstract Class<E> type();

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(type());
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		rename(id, LabelForm.of(type().cast(wanted).getLabel(), wanted.getVersion()));
	}

}
