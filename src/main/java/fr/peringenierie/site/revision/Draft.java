package fr.peringenierie.site.revision;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.BaseEntity;

/**
 * Changes to an item kept out of the live site: the values its tracked fields will have
 * once published, made from the item at {@code baseVersion}; optionally to be published
 * by itself at {@code publishAt}.
 */
@Entity
@Table(name = "content_draft")
public class Draft extends BaseEntity {

	private String itemType;

	private long itemId;

	private String data;

	private long baseVersion;

	private String savedBy;

	private Instant savedAt;

	private Instant publishAt;

	private String problem;

	private int attempts;

	protected Draft() {
	}

	Draft(String itemType, long itemId) {
		this.itemType = itemType;
		this.itemId = itemId;
	}

	void replace(String data, long baseVersion, String savedBy, Instant savedAt, Instant publishAt) {
		this.data = data;
		this.baseVersion = baseVersion;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
		this.publishAt = publishAt;
		this.problem = null;
		this.attempts = 0;
	}

	public String getItemType() {
		return this.itemType;
	}

	public long getItemId() {
		return this.itemId;
	}

	String getData() {
		return this.data;
	}

	public long getBaseVersion() {
		return this.baseVersion;
	}

	public String getSavedBy() {
		return this.savedBy;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	public Instant getPublishAt() {
		return this.publishAt;
	}

	public String getProblem() {
		return this.problem;
	}

	/**
	 * Failed tries of its scheduled publication.
	 */
	public int getAttempts() {
		return this.attempts;
	}

	public boolean isScheduled() {
		return this.publishAt != null;
	}

}
