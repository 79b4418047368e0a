package fr.peringenierie.site.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A project's edit page, which is one form: the project's text (published, drafted or
 * scheduled), and beside it the departments ticked and what each photo says, which have
 * no draft and are saved by whichever button is pressed.
 */
public class ProjectForm {

	@NotBlank(message = "Saisissez le nom du projet.")
	@Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.")
	private String name;

	@Size(max = 120, message = "L’adresse ne doit pas dépasser 120 caractères.")
	@Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?",
			message = "L’adresse ne peut contenir que des minuscules sans accent, des chiffres et des tirets.")
	private String slug;

	@NotBlank(message = "Saisissez la ville.")
	@Size(max = 120, message = "La ville ne doit pas dépasser 120 caractères.")
	private String city;

	@NotBlank(message = "Saisissez le maître d’ouvrage.")
	@Size(max = 200, message = "Le maître d’ouvrage ne doit pas dépasser 200 caractères.")
	private String client;

	@NotBlank(message = "Saisissez l’architecte.")
	@Size(max = 200, message = "L’architecte ne doit pas dépasser 200 caractères.")
	private String architect;

	@NotNull(message = "Saisissez l’année de début.")
	@Min(value = 1900, message = "L’année doit être comprise entre 1900 et 2100.")
	@Max(value = 2100, message = "L’année doit être comprise entre 1900 et 2100.")
	private Integer startYear;

	@Min(value = 1900, message = "L’année doit être comprise entre 1900 et 2100.")
	@Max(value = 2100, message = "L’année doit être comprise entre 1900 et 2100.")
	private Integer endYear;

	@Size(max = 500, message = "La légende ne doit pas dépasser 500 caractères.")
	private String caption;

	@Size(max = 120, message = "Le secteur ne doit pas dépasser 120 caractères.")
	private String sector;

	@Size(max = 20000, message = "La description ne doit pas dépasser 20 000 caractères.")
	private String description;

	@Size(max = 1000, message = "Les missions ne doivent pas dépasser 1 000 caractères.")
	private String missions;

	private boolean published;

	private long version;

	/** The departments ticked; {@code null} when the form did not carry them. */
	private List<Long> departments;

	/** What was typed about each photo, by photo id. */
	private Map<Long, PhotoText> photoTexts = new LinkedHashMap<>();

	public static ProjectForm of(Project project) {
		ProjectForm form = new ProjectForm();
		form.name = project.getName();
		form.slug = project.getSlug();
		form.city = project.getCity();
		form.client = project.getClient();
		form.architect = project.getArchitect();
		form.startYear = project.getStartYear();
		form.endYear = project.getEndYear();
		form.caption = project.getCaption();
		form.sector = project.getSector();
		form.description = project.getDescription();
		form.missions = project.getMissions();
		form.published = project.isPublished();
		form.version = project.getVersion();
		return form;
	}

	/**
	 * Adds to the form what the edit page shows beside the text: the departments and what
	 * each photo says, as stored.
	 */
	ProjectForm withDetailsOf(Project project) {
		this.departments = new ArrayList<>(project.getDepartmentIds());
		project.getPhotos().forEach((photo) -> this.photoTexts.put(photo.getId(), PhotoText.of(photo)));
		return this;
	}

	/**
	 * After the page's details were saved, each photo whose typed text is now stored is
	 * followed at its new version, so that the form shown again can be sent again.
	 */
	void followSavedPhotos(Project project) {
		for (ProjectPhoto photo : project.getPhotos()) {
			PhotoText typed = this.photoTexts.get(photo.getId());
			if (typed != null && typed.isSavedIn(photo)) {
				typed.version = photo.getVersion();
			}
		}
	}

	/**
	 * Whether the form carries the project's text (every edit page does; a request made
	 * by a script for one action may not).
	 */
	boolean carriesText() {
		return this.name != null;
	}

	/**
	 * What the page shows for a photo: what was typed, or the photo as stored when it
	 * came after the form was opened.
	 */
	public PhotoText photoText(ProjectPhoto photo) {
		PhotoText typed = this.photoTexts.get(photo.getId());
		return (typed != null) ? typed : PhotoText.of(photo);
	}

	public boolean hasDepartment(long departmentId) {
		return this.departments != null && this.departments.contains(departmentId);
	}

	public List<Long> getDepartments() {
		return this.departments;
	}

	public void setDepartments(List<Long> departments) {
		this.departments = departments;
	}

	public Map<Long, PhotoText> getPhotoTexts() {
		return this.photoTexts;
	}

	public void setPhotoTexts(Map<Long, PhotoText> photoTexts) {
		this.photoTexts = photoTexts;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getClient() {
		return this.client;
	}

	public void setClient(String client) {
		this.client = client;
	}

	public String getArchitect() {
		return this.architect;
	}

	public void setArchitect(String architect) {
		this.architect = architect;
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getEndYear() {
		return this.endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

	public String getCaption() {
		return this.caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public String getSector() {
		return this.sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getMissions() {
		return this.missions;
	}

	public void setMissions(String missions) {
		this.missions = missions;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * What a photo says, as typed on the edit page, with the version of the photo it was
	 * typed over.
	 */
	public static class PhotoText {

		private String alt;

		private String caption;

		private long version;

		static PhotoText of(ProjectPhoto photo) {
			PhotoText text = new PhotoText();
			text.alt = photo.getAltText();
			text.caption = photo.getCaption();
			text.version = photo.getVersion();
			return text;
		}

		/** The description as it is stored: without surrounding spaces. */
		String storedAlt() {
			return (this.alt != null) ? this.alt.strip() : "";
		}

		/** The caption as it is stored: without surrounding spaces, none when blank. */
		String storedCaption() {
			return (this.caption == null || this.caption.isBlank()) ? null : this.caption.strip();
		}

		/** Whether the photo already says what was typed. */
		boolean isSavedIn(ProjectPhoto photo) {
			return storedAlt().equals(photo.getAltText()) && Objects.equals(storedCaption(), photo.getCaption());
		}

		public String getAlt() {
			return this.alt;
		}

		public void setAlt(String alt) {
			this.alt = alt;
		}

		public String getCaption() {
			return this.caption;
		}

		public void setCaption(String caption) {
			this.caption = caption;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
