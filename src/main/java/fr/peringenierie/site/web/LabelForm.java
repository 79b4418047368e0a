package fr.peringenierie.site.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A one-line label: a list item, a software tool, a category.
 */
public class LabelForm {

	@NotBlank(message = "Saisissez un libellé.")
	@Size(max = 200, message = "Le libellé ne doit pas dépasser 200 caractères.")
	private String label;

	private long version;

	public static LabelForm of(String label, long version) {
		LabelForm form = new LabelForm();
		form.label = label;
		form.version = version;
		return form;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
