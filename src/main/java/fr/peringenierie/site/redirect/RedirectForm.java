package fr.peringenierie.site.redirect;

import fr.peringenierie.site.web.SitePaths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A redirect typed by a member of staff: two addresses of the site, as paths.
 */
public class RedirectForm {

	@NotBlank(message = "Indiquez l’ancienne adresse.")
	@Size(max = 300, message = "L’adresse ne doit pas dépasser 300 caractères.")
	@Pattern(regexp = SitePaths.PATTERN,
			message = "Indiquez une adresse du site commençant par /, par exemple /realisations/ancien-nom.")
	private String fromPath;

	@NotBlank(message = "Indiquez la nouvelle adresse.")
	@Size(max = 300, message = "L’adresse ne doit pas dépasser 300 caractères.")
	@Pattern(regexp = SitePaths.PATTERN,
			message = "Indiquez une adresse du site commençant par /, par exemple /realisations/nouveau-nom.")
	private String toPath;

	public String getFromPath() {
		return this.fromPath;
	}

	public void setFromPath(String fromPath) {
		this.fromPath = fromPath;
	}

	public String getToPath() {
		return this.toPath;
	}

	public void setToPath(String toPath) {
		this.toPath = toPath;
	}

}
