package fr.peringenierie.site.web;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.FilterDef;

/**
 * An entity kept in the order staff choose, by its {@code position} column. Deleting one
 * puts it in the bin: it stays in its table, with when and by whom it was deleted, and
 * the {@value #NOT_BINNED} filter, on for every session, hides it everywhere (lookups by
 * id included) until it is restored or purged. Each entity and each collection of them
 * carries {@code @Filter(name = OrderedEntity.NOT_BINNED)}.
 */
@MappedSuperclass
@FilterDef(name = OrderedEntity.NOT_BINNED, defaultCondition = "binned_at is null", autoEnabled = true,
		applyToLoadByKey = true)
public abstract class OrderedEntity extends BaseEntity implements Positioned {

	public static final String NOT_BINNED = "notBinned";

	@Column(nullable = false)
	private int position;

	private Instant binnedAt;

	private String binnedBy;

	protected OrderedEntity() {
	}

	protected OrderedEntity(int position) {
		this.position = position;
	}

	/**
	 * What staff call this item in lists, the bin and the audit log.
	 */
	public abstract String displayName();

	@Override
	public int getPosition() {
		return this.position;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

	public Instant getBinnedAt() {
		return this.binnedAt;
	}

	public String getBinnedBy() {
		return this.binnedBy;
	}

	public boolean isBinned() {
		return this.binnedAt != null;
	}

	public void moveToBin(Instant when, String who) {
		this.binnedAt = when;
		this.binnedBy = who;
	}

	public void restoreFromBin() {
		this.binnedAt = null;
		this.binnedBy = null;
	}

}
