package fr.peringenierie.site.revision;

/**
 * What made a version of an item: a publication, or a draft saved by a person or kept for
 * her when another button of her page was pressed.
 */
public enum RevisionKind {

	/** « Publier », a scheduled publication or a restore: what visitors got. */
	PUBLISHED("Publiée"),

	/** « Enregistrer le brouillon » or « Programmer ». */
	DRAFT("Brouillon"),

	/**
	 * Text kept as a draft because another button of its page was pressed; those of one
	 * person in a row are folded into the last.
	 */
	KEPT_TYPING("Saisie gardée");

	private final String label;

	RevisionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isPublished() {
		return this == PUBLISHED;
	}

}
