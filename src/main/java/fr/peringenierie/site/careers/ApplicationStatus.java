package fr.peringenierie.site.careers;

/**
 * Where an application stands, as staff move it on.
 */
public enum ApplicationStatus {

	NEW("Nouvelle"),

	IN_REVIEW("En cours"),

	KEPT("Retenue"),

	NOT_KEPT("Non retenue"),

	/**
	 * Sent by software (the hidden field was filled): kept for the record, not notified.
	 */
	SPAM("Indésirable");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

	/** The statuses staff choose from. */
	public static ApplicationStatus[] choices() {
		return new ApplicationStatus[] { NEW, IN_REVIEW, KEPT, NOT_KEPT };
	}

}
