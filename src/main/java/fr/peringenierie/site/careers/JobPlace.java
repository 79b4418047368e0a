package fr.peringenierie.site.careers;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where the person hired works: one of the firm's two offices.
 */
public enum JobPlace {

	MONTPELLIER("Montpellier", "34000"),

	TOULOUSE("Toulouse", "31000");

	private final String label;

	private final String postalCode;

	JobPlace(String label, String postalCode) {
		this.label = label;
		this.postalCode = postalCode;
	}

	@JsonValue
	public String getLabel() {
		return this.label;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

}
