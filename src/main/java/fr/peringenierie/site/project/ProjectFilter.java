package fr.peringenierie.site.project;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The gallery's filters, bound from the query string. Any may be absent.
 */
public class ProjectFilter {

	/** The city to keep projects of. */
	private String ville;

	/** A year the kept projects were under way in. */
	private Integer annee;

	/** The slug of a department that took part. */
	private String departement;

	/** The sector of the work. */
	private String secteur;

	public ProjectFilter() {
	}

	public ProjectFilter(String ville, Integer annee) {
		setVille(ville);
		this.annee = annee;
	}

	public String getVille() {
		return this.ville;
	}

	public void setVille(String ville) {
		this.ville = (ville == null || ville.isBlank()) ? null : ville.strip();
	}

	public Integer getAnnee() {
		return this.annee;
	}

	public void setAnnee(Integer annee) {
		this.annee = annee;
	}

	public String getDepartement() {
		return this.departement;
	}

	public void setDepartement(String departement) {
		this.departement = (departement == null || departement.isBlank()) ? null : departement.strip();
	}

	public String getSecteur() {
		return this.secteur;
	}

	public void setSecteur(String secteur) {
		this.secteur = (secteur == null || secteur.isBlank()) ? null : secteur.strip();
	}

	public boolean isActive() {
		return this.ville != null || this.annee != null || this.departement != null || this.secteur != null;
	}

	/**
	 * The one filter in use, as a query string ("secteur=Bureaux"), when exactly one is:
	 * such a view is a page of its own for search engines; a combination is not.
	 */
	public Optional<String> singleFilterQuery() {
		Map<String, Object> used = new LinkedHashMap<>();
		used.put("departement", this.departement);
		used.put("secteur", this.secteur);
		used.put("ville", this.ville);
		used.put("annee", this.annee);
		used.values().removeIf(Objects::isNull);
		if (used.size() != 1) {
			return Optional.empty();
		}
		Map.Entry<String, Object> only = used.entrySet().iterator().next();
		return Optional.of(only.getKey() + "=" + URLEncoder.encode(only.getValue().toString(), StandardCharsets.UTF_8));
	}

	boolean accepts(Project project) {
		return (this.ville == null || this.ville.equalsIgnoreCase(project.getCity()))
				&& (this.annee == null || project.isActiveIn(this.annee))
				&& (this.secteur == null || this.secteur.equalsIgnoreCase(project.getSector()))
				&& (this.departement == null || project.getDepartments()
					.stream()
					.anyMatch((department) -> department.getSlug().equals(this.departement)));
	}

}
