package fr.peringenierie.site.redirect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A redirect typed by a member of staff: two addresses of the site, as paths.
 */
public class RedirectForm {

	/**
	 * A path of the site: a slash, then letters, digits and the usual signs of an
	 * address.
	 */
	static final String SITE_PATH = "/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*";

	@NotBlank(message = "Indiquez l’ancienne adresse.")
	@Size(max = 300, message = "L’adresse ne doit pas dépasser 300 caractères.")
	@Pattern(regexp = SITE_PATH,
			message = "Indiquez une adresse du site commençant par /, par exemple /realisations/ancien-nom.")
	private String fromPath;

	@NotBlank(message = "Indiquez la nouvelle adresse.")
	@Size(max = 300, message = "L’adresse ne doit pas dépasser 300 caractères.")
	@Pattern(regexp = SITE_PATH,
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
