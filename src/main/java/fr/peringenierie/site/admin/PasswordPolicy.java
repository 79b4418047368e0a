package fr.peringenierie.site.admin;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules a new password must follow, checked in one place for every form that sets
 * one.
 */
@Component
class PasswordPolicy {

	private final StaffAccounts accounts;

	PasswordPolicy(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	void check(PasswordForm form, Errors errors) {
		String password = form.getNewPassword();
		if (password == null || password.isBlank()) {
			return;
		}
		if (password.length() < this.accounts.minPasswordLength()) {
			errors.rejectValue("newPassword", "tooShort",
					"Le mot de passe doit compter au moins " + this.accounts.minPasswordLength() + " caractères.");
		}
		if (!password.equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "mismatch",
					"Les deux saisies du nouveau mot de passe sont différentes.");
		}
		if (password.equals(form.getCurrentPassword())) {
			errors.rejectValue("newPassword", "unchanged", "Le nouveau mot de passe doit différer de l’actuel.");
		}
	}

}
