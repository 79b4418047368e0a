package fr.peringenierie.site.department;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.Filter;

/**
 * One of the firm's departments (Structure, Énergies, MOE, AMO) with its ordered
 * sections. {@link #getSummary() summary} is sanitized HTML.
 */
@Entity
@TrackedContent(segment = "departement", label = "le département", title = "name", editUrl = "/admin/departements/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "department")
public class Department extends OrderedEntity implements PublicContent {

	@Column(nullable = false, unique = true)
	@Tracked("Adresse de la page")
	private String slug;

	@Column(nullable = false)
	@Tracked("Nom")
	private String name;

	@Column(name = "full_name", nullable = false)
	@Tracked("Nom complet")
	private String fullName;

	@Column(nullable = false)
	@Tracked("Résumé en une ligne")
	private String tagline;

	@Column(nullable = false)
	@Tracked("Présentation")
	private String summary;

	// Changed by its own form: a new picture must not make the text typed beside it
	// "changed meanwhile" (the text kept in the browser is then put back as it was).
	@Embedded
	@OptimisticLock(excluded = true)
	private ImageRef image = ImageRef.none();

	@Filter(name = OrderedEntity.NOT_BINNED)
	@OneToMany(mappedBy = "department", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<DepartmentSection> sections = new ArrayList<>();

	protected Department() {
	}

	public Department(String slug, String name, String fullName, String tagline, String summary, int position) {
		super(position);
		this.slug = slug;
		this.name = name;
		this.fullName = fullName;
		this.tagline = tagline;
		this.summary = summary;
	}

	public String getSlug() {
		return this.slug;
	}

	/**
	 * The public address of the page with this slug.
	 */
	public static String address(String slug) {
		return "/departements/" + slug;
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

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	/**
	 * One line for the department's card: the home page and the list of departments.
	 */
	public String getTagline() {
		return this.tagline;
	}

	public void setTagline(String tagline) {
		this.tagline = tagline;
	}

	/**
	 * The department's photo, if staff uploaded one.
	 */
	public ImageRef getImage() {
		return (this.image != null) ? this.image : ImageRef.none();
	}

	public void setImage(ImageRef image) {
		this.image = image;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<DepartmentSection> getSections() {
		return this.sections;
	}

	public void addSection(DepartmentSection section) {
		section.setDepartment(this);
		this.sections.add(section);
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
