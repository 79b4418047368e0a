package fr.peringenierie.site.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.PublicContent;

/**
 * One photo of a project: where it stands among the others (the first is the cover), what
 * it shows for those who cannot see it, its caption, and its size. The bytes are in
 * {@link ProjectPhotoFile}.
 */
@Entity
@Table(name = "project_photo")
public class ProjectPhoto extends BaseEntity implements PublicContent, Positioned {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(nullable = false)
	private int position;

	@Column(name = "alt_text", nullable = false)
	private String altText;

	private String caption;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	/**
	 * Changes with the photo's bytes, so that its address changes too and caches stay
	 * right.
	 */
	@Column(nullable = false)
	private long stamp;

	protected ProjectPhoto() {
	}

	ProjectPhoto(Project project, int position, String altText, String caption, int width, int height, long stamp) {
		this.project = project;
		this.position = position;
		this.altText = altText;
		this.caption = caption;
		this.width = width;
		this.height = height;
		this.stamp = stamp;
	}

	public Project getProject() {
		return this.project;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

	public String getAltText() {
		return this.altText;
	}

	public String getCaption() {
		return this.caption;
	}

	void describe(String altText, String caption) {
		this.altText = altText;
		this.caption = caption;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public long getStamp() {
		return this.stamp;
	}

	/**
	 * The address of the photo at one of the widths served, for {@code src} and
	 * {@code srcset}.
	 */
	public String url(int width) {
		return this.project.getAddress() + "/photos/" + getId() + "?v=" + this.stamp + "&w=" + width;
	}

	/**
	 * The {@code srcset} of the photo: every width served, up to its own.
	 */
	public String getSrcset() {
		return ImageRef.srcset(this.width, this::url);
	}

	/**
	 * The address for {@code src}: the middle width, or the photo's own if narrower.
	 */
	public String getSrc() {
		return url(960);
	}

}
