package fr.peringenierie.site.web;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity kept in the order staff choose, by its {@code position} column.
 */
@MappedSuperclass
public abstract class OrderedEntity extends BaseEntity implements Positioned {

	@Column(nullable = false)
	private int position;

	protected OrderedEntity() {
	}

	protected OrderedEntity(int position) {
		this.position = position;
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
