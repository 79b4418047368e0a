package fr.peringenierie.site.careers;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.peringenierie.site.contact.ContactForm;
import fr.peringenierie.site.web.CodePointLength;

/**
 * What a candidate types; the files come beside it. Sent back with an error, the form
 * keeps every field; the files must be chosen again, and the page says so.
 */
public class ApplicationForm {

	@NotBlank(message = "Indiquez votre nom.")
	@Size(max = 120, message = "Le nom ne doit pas dépasser 120 caractères.")
	@Pattern(regexp = ContactForm.SINGLE_LINE,
			message = "Le nom contient des caractères non autorisés (< > ou caractères de contrôle).")
	private String name;

	@NotBlank(message = "Indiquez votre adresse e-mail.")
	@Size(max = 254, message = "L’adresse e-mail ne doit pas dépasser 254 caractères.")
	@Email(message = "L’adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).")
	@Pattern(regexp = ContactForm.SINGLE_LINE,
			message = "L’adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).")
	private String email;

	@Pattern(regexp = "|[0-9+(). -]{6,40}",
			message = "Le numéro de téléphone ne peut contenir que des chiffres, des espaces et les signes + ( ) . - (6 à 40 caractères).")
	private String phone;

	@CodePointLength(max = 5000, message = "Le message ne doit pas dépasser 5 000 caractères.")
	@Pattern(regexp = ContactForm.MULTI_LINE,
			message = "Le message contient des caractères de contrôle ou illisibles : vérifiez l’encodage du texte collé.")
	private String message;

	/** A field people do not see; software that fills every field fills it. */
	private String website;

	/** Identifies this filling of the form, so that sending it twice stores it once. */
	@NotBlank(message = "Le formulaire est incomplet : rechargez la page puis renvoyez-le.")
	@Pattern(regexp = "[A-Za-z0-9-]{16,64}",
			message = "Le formulaire est incomplet : rechargez la page puis renvoyez-le.")
	private String submissionKey;

	public static ApplicationForm blank() {
		ApplicationForm form = new ApplicationForm();
		form.submissionKey = UUID.randomUUID().toString();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public void setSubmissionKey(String submissionKey) {
		this.submissionKey = submissionKey;
	}

}
