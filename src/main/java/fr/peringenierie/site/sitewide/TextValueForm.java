package fr.peringenierie.site.sitewide;

import jakarta.validation.constraints.Size;

/**
 * A single text value: a page passage or a company detail.
 */
public class TextValueForm {

	@Size(max = 1000, message = "Le texte ne doit pas dépasser 1 000 caractères.")
	private String value;

	private long version;

	public static TextValueForm of(String value, long version) {
		TextValueForm form = new TextValueForm();
		form.value = value;
		form.version = version;
		return form;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
