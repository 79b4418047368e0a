package fr.peringenierie.site.news;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.PageContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.OptimisticLock;

/**
 * A post of « Actualités »: a project delivered, a competition won, a hire. Its text has
 * drafts, a history and a scheduled publication like every other content; its photo and
 * the pages it mentions go online at once.
 */
@Entity
@TrackedContent(segment = "actualite", label = "l’actualité", title = "title", editUrl = "/admin/actualites/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "news_post")
public class NewsPost extends PageContent {

	/** Where the posts are listed; each post's page is below it. */
	public static final String LIST_PATH = "/actualites";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Column(nullable = false)
	@Tracked("Titre")
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@Tracked("Catégorie")
	private NewsCategory category;

	/** The chapô: what the post says in two sentences, shown in lists and the feed. */
	@Column(nullable = false)
	@Tracked("Chapô")
	private String summary;

	/** The post itself, as sanitized HTML. */
	@Tracked("Texte")
	private String body;

	/** When its published text last changed. */
	private Instant modifiedAt;

	private ImageRef image = ImageRef.none();

	@Filter(name = OrderedEntity.NOT_BINNED)
	@ManyToMany
	@OptimisticLock(excluded = true)
	@JoinTable(name = "news_post_project", joinColumns = @JoinColumn(name = "news_post_id"),
			inverseJoinColumns = @JoinColumn(name = "project_id"))
	private Set<Project> projects = new LinkedHashSet<>();

	@Filter(name = OrderedEntity.NOT_BINNED)
	@ManyToMany
	@OptimisticLock(excluded = true)
	@JoinTable(name = "news_post_department", joinColumns = @JoinColumn(name = "news_post_id"),
			inverseJoinColumns = @JoinColumn(name = "department_id"))
	private Set<Department> departments = new LinkedHashSet<>();

	protected NewsPost() {
	}

	NewsPost(String slug, String title, NewsCategory category, String summary) {
		super(slug);
		this.title = title;
		this.category = category;
		this.summary = summary;
	}

	public static String address(String slug) {
		return LIST_PATH + "/" + slug;
	}

	@Override
	protected String listPath() {
		return LIST_PATH;
	}

	public String getTitle() {
		return this.title;
	}

	void setTitle(String title) {
		this.title = title;
	}

	public NewsCategory getCategory() {
		return this.category;
	}

	void setCategory(NewsCategory category) {
		this.category = category;
	}

	public String getSummary() {
		return this.summary;
	}

	void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	void setBody(String body) {
		this.body = body;
	}

	public Instant getModifiedAt() {
		return this.modifiedAt;
	}

	/**
	 * The post's date as visitors read it (in France), {@code null} before it was
	 * published.
	 */
	public LocalDate getDate() {
		return (getFirstPublishedAt() != null) ? LocalDate.ofInstant(getFirstPublishedAt(), PARIS) : null;
	}

	/**
	 * Records that the text as it now reads went online: the first time, that is the
	 * post's date.
	 */
	@Override
	public void wentOnline(Instant when) {
		super.wentOnline(when);
		this.modifiedAt = when;
	}

	public ImageRef getImage() {
		return (this.image != null) ? this.image : ImageRef.none();
	}

	void setImage(ImageRef image) {
		this.image = image;
	}

	public List<Project> getProjects() {
		return this.projects.stream().sorted(Comparator.comparingInt(Project::getPosition)).toList();
	}

	/** The projects it mentions that visitors can open. */
	public List<Project> getPublishedProjects() {
		return getProjects().stream().filter(Project::isPublished).toList();
	}

	public List<Department> getDepartments() {
		return this.departments.stream().sorted(Comparator.comparingInt(Department::getPosition)).toList();
	}

	void mention(Set<Project> projects, Set<Department> departments) {
		this.projects.clear();
		this.projects.addAll(projects);
		this.departments.clear();
		this.departments.addAll(departments);
	}

	@Override
	public String displayName() {
		return this.title;
	}

}
