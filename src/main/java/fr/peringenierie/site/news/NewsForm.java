package fr.peringenierie.site.news;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A post's edit page: its text (published, drafted or scheduled), and beside it the pages
 * it mentions, which have no draft and are saved by whichever button is pressed.
 */
public class NewsForm {

	@NotBlank(message = "Saisissez le titre de l’actualité.")
	@Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
	private String title;

	@Size(max = 120, message = "L’adresse ne doit pas dépasser 120 caractères.")
	@Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?",
			message = "L’adresse ne peut contenir que des minuscules sans accent, des chiffres et des tirets.")
	private String slug;

	@NotNull(message = "Choisissez une catégorie.")
	private NewsCategory category;

	@NotBlank(message = "Saisissez le chapô : ce que dit l’actualité en une ou deux phrases.")
	@Size(max = 600, message = "Le chapô ne doit pas dépasser 600 caractères.")
	private String summary;

	@Size(max = 50000, message = "Le texte ne doit pas dépasser 50 000 caractères.")
	private String body;

	private boolean published;

	private long version;

	/** The projects ticked; {@code null} when the form did not carry them. */
	private List<Long> projects;

	/** The departments ticked; {@code null} when the form did not carry them. */
	private List<Long> departments;

	static NewsForm of(NewsPost post) {
		NewsForm form = new NewsForm();
		form.title = post.getTitle();
		form.slug = post.getSlug();
		form.category = post.getCategory();
		form.summary = post.getSummary();
		form.body = post.getBody();
		form.published = post.isPublished();
		form.version = post.getVersion();
		return form;
	}

	/**
	 * Adds the pages the post mentions, as stored.
	 */
	NewsForm withMentionsOf(NewsPost post) {
		this.projects = new ArrayList<>(post.getProjects().stream().map((project) -> project.getId()).toList());
		this.departments = new ArrayList<>(
				post.getDepartments().stream().map((department) -> department.getId()).toList());
		return this;
	}

	public boolean mentionsProject(long id) {
		return this.projects != null && this.projects.contains(id);
	}

	public boolean mentionsDepartment(long id) {
		return this.departments != null && this.departments.contains(id);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public NewsCategory getCategory() {
		return this.category;
	}

	public void setCategory(NewsCategory category) {
		this.category = category;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Long> getProjects() {
		return this.projects;
	}

	public void setProjects(List<Long> projects) {
		this.projects = projects;
	}

	public List<Long> getDepartments() {
		return this.departments;
	}

	public void setDepartments(List<Long> departments) {
		this.departments = departments;
	}

}
