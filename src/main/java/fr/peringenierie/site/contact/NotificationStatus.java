package fr.peringenierie.site.contact;

/**
 * Whether the staff were told of a request by e-mail.
 */
public enum NotificationStatus {

	PENDING("En attente d’envoi"), SENT("Envoyée"), FAILED("Échec de l’envoi"), NOT_NEEDED("Non envoyée (spam)");

	private final String label;

	NotificationStatus(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

}
