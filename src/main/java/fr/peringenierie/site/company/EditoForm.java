package fr.peringenierie.site.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class EditoForm {

	@NotBlank(message = "Saisissez un titre.")
	@Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
	private String title;

	@NotBlank(message = "Saisissez le texte de l’édito.")
	@Size(max = 20000, message = "Le texte ne doit pas dépasser 20 000 caractères.")
	private String body;

	@NotBlank(message = "Saisissez le nom du signataire.")
	@Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.")
	private String signatoryName;

	@NotBlank(message = "Saisissez la fonction du signataire.")
	@Size(max = 200, message = "La fonction ne doit pas dépasser 200 caractères.")
	private String signatoryTitle;

	private long version;

	public static EditoForm of(Edito edito) {
		EditoForm form = new EditoForm();
		form.title = edito.getTitle();
		form.body = edito.getBody();
		form.signatoryName = edito.getSignatoryName();
		form.signatoryTitle = edito.getSignatoryTitle();
		form.version = edito.getVersion();
		return form;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getSignatoryName() {
		return this.signatoryName;
	}

	public void setSignatoryName(String signatoryName) {
		this.signatoryName = signatoryName;
	}

	public String getSignatoryTitle() {
		return this.signatoryTitle;
	}

	public void setSignatoryTitle(String signatoryTitle) {
		this.signatoryTitle = signatoryTitle;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
