package fr.peringenierie.site.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A person's own e-mail address, where the site writes to her (a sign-in from a new
 * browser, a review to do); left blank, she gets nothing.
 */
public class EmailForm {

	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
			message = "Saisissez une adresse e-mail complète, par exemple prenom.nom@per-ingenierie.fr.")
	@Size(max = 320, message = "L’adresse ne doit pas dépasser 320 caractères.")
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
