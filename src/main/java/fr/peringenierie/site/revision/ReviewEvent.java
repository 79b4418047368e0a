package fr.peringenierie.site.revision;

/**
 * A step of a proposal's review, published within the transaction that makes it, for
 * whoever must be told (the reviewers when a change is proposed, its author when it is
 * published or sent back).
 *
 * @param step what happened
 * @param kindLabel the kind of content, as staff call it ("la réalisation")
 * @param title the item's title
 * @param editUrl the back-office address of the item
 * @param author who proposed the change
 * @param reviewer who published it or sent it back, {@code null} when proposed
 * @param note the reviewer's note when sent back
 */
public record ReviewEvent(Step step, String kindLabel, String title, String editUrl, String author, String reviewer,
		String note) {

	/** The steps of a review. */
	public enum Step {

		/** A change waits for a reviewer. */
		PROPOSED,
		/** A reviewer published it. */
		PUBLISHED,
		/** A reviewer gave it back to its author with a note. */
		SENT_BACK

	}

}
