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

	private String proposedBy;

	private Instant proposedAt;

	private String reviewNote;

	private String reviewedBy;

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
		// Changed since it was proposed: it waits for its author to propose it again.
		this.proposedAt = null;
	}

	/**
	 * Asks a reviewer to publish this draft; a former reviewer's note is answered.
	 */
	void propose(String author, Instant when) {
		this.proposedBy = author;
		this.proposedAt = when;
		this.reviewNote = null;
		this.reviewedBy = null;
	}

	/**
	 * Gives the draft back to its author with what to change; it stays a draft.
	 */
	void sendBack(String reviewer, String note) {
		this.proposedAt = null;
		this.reviewedBy = reviewer;
		this.reviewNote = note;
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

	/** Who proposed it for review last, if anyone did. */
	public String getProposedBy() {
		return this.proposedBy;
	}

	/** When it was proposed for review, while it waits for a reviewer. */
	public Instant getProposedAt() {
		return this.proposedAt;
	}

	/** Why a reviewer sent it back, until it is proposed again. */
	public String getReviewNote() {
		return this.reviewNote;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	/** Whether it waits for a reviewer. */
	public boolean isProposed() {
		return this.proposedAt != null;
	}

	public boolean isScheduled() {
		return this.publishAt != null;
	}

}
