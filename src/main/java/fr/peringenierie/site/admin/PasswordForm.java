package fr.peringenierie.site.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user changing their own password.
 */
public class PasswordForm {

	@NotBlank(message = "Saisissez votre mot de passe actuel.")
	private String currentPassword;

	@NotBlank(message = "Saisissez le nouveau mot de passe.")
	@Size(max = 200, message = "Le mot de passe ne doit pas dépasser 200 caractères.")
	private String newPassword;

	@NotBlank(message = "Saisissez une seconde fois le nouveau mot de passe.")
	private String confirmation;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
