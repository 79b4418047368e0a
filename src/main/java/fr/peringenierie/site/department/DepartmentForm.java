package fr.peringenierie.site.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class DepartmentForm {

	@Size(max = 80, message = "L’adresse ne doit pas dépasser 80 caractères.")
	@Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?",
			message = "L’adresse ne peut contenir que des minuscules sans accent, des chiffres et des tirets.")
	private String slug;

	@NotBlank(message = "Saisissez le nom court.")
	@Size(max = 80, message = "Le nom court ne doit pas dépasser 80 caractères.")
	private String name;

	@NotBlank(message = "Saisissez le nom complet.")
	@Size(max = 200, message = "Le nom complet ne doit pas dépasser 200 caractères.")
	private String fullName;

	@NotBlank(message = "Saisissez le résumé en une ligne.")
	@Size(max = 160, message = "Le résumé en une ligne ne doit pas dépasser 160 caractères.")
	private String tagline;

	@NotBlank(message = "Saisissez l’introduction.")
	@Size(max = 20000, message = "L’introduction ne doit pas dépasser 20 000 caractères.")
	private String summary;

	private long version;

	public static DepartmentForm of(Department department) {
		DepartmentForm form = new DepartmentForm();
		form.slug = department.getSlug();
		form.name = department.getName();
		form.fullName = department.getFullName();
		form.tagline = department.getTagline();
		form.summary = department.getSummary();
		form.version = department.getVersion();
		return form;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getTagline() {
		return this.tagline;
	}

	public void setTagline(String tagline) {
		this.tagline = tagline;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
