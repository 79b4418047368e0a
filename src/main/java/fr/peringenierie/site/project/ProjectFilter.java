package fr.peringenierie.site.project;

/**
 * The gallery's filters, bound from the query string. Either may be absent.
 */
public class ProjectFilter {

	/** The city to keep projects of. */
	private String ville;

	/** A year the kept projects were under way in. */
	private Integer annee;

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

	public boolean isActive() {
		return this.ville != null || this.annee != null;
	}

	boolean accepts(Project project) {
		return (this.ville == null || this.ville.equalsIgnoreCase(project.getCity()))
				&& (this.annee == null || project.isActiveIn(this.annee));
	}

}
