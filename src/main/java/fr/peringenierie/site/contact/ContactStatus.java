package fr.peringenierie.site.contact;

/**
 * Where a request stands in the staff's work.
 */
public enum ContactStatus {

	NEW("Nouvelle"), IN_PROGRESS("En cours"), DONE("Traitée"), SPAM("Spam");

	private final String label;

	ContactStatus(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

}
