package fr.peringenierie.site.admin;

import fr.peringenierie.site.web.StaffRole;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator creating a staff account.
 */
public class NewStaffForm {

	@NotBlank(message = "Saisissez un identifiant.")
	@Size(min = 3, max = 60, message = "L’identifiant doit compter de 3 à 60 caractères.")
	@Pattern(regexp = "[A-Za-z0-9._-]*",
			message = "L’identifiant ne peut contenir que des lettres sans accent, des chiffres, des points, des tirets et des soulignés.")
	private String username;

	@NotNull(message = "Choisissez un rôle.")
	private StaffRole role = StaffRole.EDITOR;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public void setRole(StaffRole role) {
		this.role = role;
	}

}
