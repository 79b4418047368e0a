package fr.peringenierie.site.web;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * One labelled, ordered entry of a list shown to visitors: an item of a department's
 * section, a software tool of a category. Each kind maps it to its own table and parent.
 */
@MappedSuperclass
public abstract class ListEntry extends OrderedEntity implements PublicContent {

	@Column(nullable = false)
	@Tracked("Libellé")
	private String label;

	protected ListEntry() {
	}

	protected ListEntry(String label, int position) {
		super(position);
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	@Override
	public String displayName() {
		return this.label;
	}

}
