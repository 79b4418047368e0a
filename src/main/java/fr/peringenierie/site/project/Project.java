package fr.peringenierie.site.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.Filter;

/**
 * A project of the "PER en images" gallery.
 */
@Entity
@TrackedContent(segment = "realisation", label = "la réalisation", title = "name", editUrl = "/admin/realisations/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "project")
public class Project extends OrderedEntity implements PublicContent {

	@Column(nullable = false, unique = true)
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

	@Column(nullable = false)
	@Tracked("Publiée")
	private boolean published;

	@Column(name = "image_alt")
	private String imageAlt;

	/**
	 * Changes with every new image, so that its address changes too and caches stay
	 * right.
	 */
	@Column(name = "image_stamp")
	private Long imageStamp;

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

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public boolean hasImage() {
		return this.imageStamp != null;
	}

	public String getImageAlt() {
		return this.imageAlt;
	}

	public Long getImageStamp() {
		return this.imageStamp;
	}

	void attachImage(String alt, long stamp) {
		this.imageAlt = alt;
		this.imageStamp = stamp;
	}

	void detachImage() {
		this.imageAlt = null;
		this.imageStamp = null;
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
	 * The initials shown on the project's drawn card, which stands in for a photo.
	 */
	public String getMonogram() {
		StringBuilder initials = new StringBuilder();
		for (String word : this.name.split("[\\s-]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && initials.length() < 3) {
				initials.appendCodePoint(word.codePointAt(0));
			}
		}
		return initials.isEmpty() ? this.name.substring(0, 1).toUpperCase() : initials.toString();
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
