package fr.peringenierie.site.admin;

/**
 * What a staff member may do in the back office.
 */
public enum StaffRole {

	/** Everything, including staff accounts and restricted settings. */
	ADMIN("Administrateur"),

	/** The site's content only. */
	EDITOR("Rédacteur");

	private final String label;

	StaffRole(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
