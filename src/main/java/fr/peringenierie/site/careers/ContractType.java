package fr.peringenierie.site.careers;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The contract an offer proposes, and how schema.org's {@code employmentType} names it.
 */
public enum ContractType {

	PERMANENT("CDI", "FULL_TIME"),

	FIXED_TERM("CDD", "TEMPORARY"),

	WORK_STUDY("Alternance", "OTHER"),

	INTERNSHIP("Stage", "INTERN");

	private final String label;

	private final String employmentType;

	ContractType(String label, String employmentType) {
		this.label = label;
		this.employmentType = employmentType;
	}

	@JsonValue
	public String getLabel() {
		return this.label;
	}

	public String getEmploymentType() {
		return this.employmentType;
	}

}
