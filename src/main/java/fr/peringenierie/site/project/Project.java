package fr.peringenierie.site.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Slugs;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.Filter;

/**
 * A project of the "PER en images" gallery.
 */
@Entity
@TrackedContent(segment = "realisation", label = "la réalisation", title = "name", editUrl = "/admin/realisations/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "project")
public class Project extends OrderedEntity implements PublicContent {

	/** The sectors drawn in {@code static/img/illustrations}, by slug. */
	private static final Set<String> ILLUSTRATED_SECTORS = Set.of("stationnement", "bureaux", "equipements-sportifs",
			"thermalisme", "commerce");

	@Column(nullable = false, unique = true)
	@Tracked("Adresse de la page")
	private String slug;

	@Column(nullable = false)
	@Tracked("Nom")
	private String name;

	@Column(nullable = false)
	@Tracked("Ville")
	private String city;

	/** The maître d'ouvrage. */
	@Column(nullable = false)
	@Tracked("Maître d’ouvrage")
	private String client;

	@Column(nullable = false)
	@Tracked("Architecte")
	private String architect;

	@Column(name = "start_year", nullable = false)
	@Tracked("Année de début")
	private int startYear;

	@Column(name = "end_year")
	@Tracked("Année de fin")
	private Integer endYear;

	@Tracked("Légende")
	private String caption;

	/** The kind of work: offices, a parking, a sports hall… */
	@Tracked("Secteur")
	private String sector;

	/** What PER did on the project, as sanitized HTML. */
	@Tracked("Description")
	private String description;

	/** The missions PER carried out, one per line. */
	@Tracked("Missions")
	private String missions;

	/**
	 * The departments that took part. Edited on their own (not through drafts), like the
	 * image.
	 */
	@Filter(name = OrderedEntity.NOT_BINNED)
	// Saved apart from the text, by any button of the edit page: ticking a department
	// must not make the text typed beside it "changed meanwhile".
	@ManyToMany
	@OptimisticLock(excluded = true)
	@JoinTable(name = "project_department", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "department_id"))
	@OrderBy("position")
	private Set<Department> departments = new LinkedHashSet<>();

	@Column(nullable = false)
	@Tracked("Publiée")
	private boolean published;

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<ProjectPhoto> photos = new ArrayList<>();

	protected Project() {
	}

	public Project(String slug, String name, String city, String client, String architect, int startYear,
			Integer endYear, int position) {
		super(position);
		this.slug = slug;
		this.name = name;
		this.city = city;
		this.client = client;
		this.architect = architect;
		this.startYear = startYear;
		this.endYear = endYear;
		this.published = true;
	}

	public String getSlug() {
		return this.slug;
	}

	/**
	 * The public address of the page with this slug.
	 */
	public static String address(String slug) {
		return "/realisations/" + slug;
	}

	/**
	 * The public address of this page.
	 */
	public String getAddress() {
		return address(this.slug);
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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

	public int getStartYear() {
		return this.startYear;
	}

	public void setStartYear(int startYear) {
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

	/**
	 * The missions as a list, one per line of the text staff typed.
	 */
	public List<String> getMissionList() {
		return (this.missions != null)
				? this.missions.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList() : List.of();
	}

	public Set<Department> getDepartments() {
		return this.departments;
	}

	public Set<Long> getDepartmentIds() {
		Set<Long> ids = new LinkedHashSet<>();
		this.departments.forEach((department) -> ids.add(department.getId()));
		return ids;
	}

	public void setDepartments(Set<Department> departments) {
		this.departments.clear();
		this.departments.addAll(departments);
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public boolean hasPhotos() {
		return !this.photos.isEmpty();
	}

	/**
	 * The photos in the order staff chose; the first is the cover.
	 */
	public List<ProjectPhoto> getPhotos() {
		return this.photos;
	}

	/**
	 * The photo that stands for the project on cards and link previews, or {@code null}.
	 */
	public ProjectPhoto getCover() {
		return this.photos.isEmpty() ? null : this.photos.get(0);
	}

	/**
	 * The photos after the cover, shown below it on the project's page.
	 */
	public List<ProjectPhoto> getOtherPhotos() {
		return this.photos.isEmpty() ? List.of() : this.photos.subList(1, this.photos.size());
	}

	ProjectPhoto addPhoto(ImageRef image, String caption) {
		ProjectPhoto photo = new ProjectPhoto(this, Positioned.next(this.photos), image, caption);
		this.photos.add(photo);
		return photo;
	}

	void removePhoto(ProjectPhoto photo) {
		this.photos.remove(photo);
	}

	/**
	 * The years of the project as the brochure writes them: "2012 – 2014", or one year.
	 */
	public String getYears() {
		if (this.endYear == null || this.endYear == this.startYear) {
			return Integer.toString(this.startYear);
		}
		return this.startYear + " – " + this.endYear;
	}

	/**
	 * Whether the project was under way during the given year.
	 */
	public boolean isActiveIn(int year) {
		int end = (this.endYear != null) ? this.endYear : this.startYear;
		return this.startYear <= year && year <= end;
	}

	/**
	 * The drawing that stands in for a photo until one is uploaded: the kind of work of
	 * the sector when the site has one for it, a building otherwise.
	 */
	public String getIllustration() {
		String kind = (this.sector != null) ? Slugs.slugify(this.sector) : "";
		return "/img/illustrations/" + (ILLUSTRATED_SECTORS.contains(kind) ? kind : "batiment") + ".svg";
	}

	@Override
	public String displayName() {
		return this.name;
	}

	@Override
	public String publicPath() {
		return getAddress();
	}

}
