package fr.peringenierie.site.web;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * One labelled, ordered entry of a list shown to visitors: an item of a department's
 * section, a software tool of a category. Each kind maps it to its own table and parent.
 */
@MappedSuperclass
public abstract class ListEntry extends BaseEntity implements Positioned, PublicContent {

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private int position;

	protected ListEntry() {
	}

	protected ListEntry(String label, int position) {
		this.label = label;
		this.position = position;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

}
