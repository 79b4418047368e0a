package fr.peringenierie.site.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class SectionForm {

	@NotBlank(message = "Saisissez un titre.")
	@Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
	private String title;

	@Size(max = 2000, message = "L’accroche ne doit pas dépasser 2 000 caractères.")
	private String lead;

	@Size(max = 20000, message = "Le texte ne doit pas dépasser 20 000 caractères.")
	private String body;

	private long version;

	public static SectionForm of(DepartmentSection section) {
		SectionForm form = new SectionForm();
		form.title = section.getTitle();
		form.lead = section.getLead();
		form.body = section.getBody();
		form.version = section.getVersion();
		return form;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLead() {
		return this.lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
