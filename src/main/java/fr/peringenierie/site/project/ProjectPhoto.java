package fr.peringenierie.site.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * One photo of a project: where it stands among the others (the first is the cover), the
 * picture (in the one image store, with what it shows for those who cannot see it, its
 * size and focal point) and its caption.
 */
@Entity
@Table(name = "project_photo")
public class ProjectPhoto extends BaseEntity implements PublicContent, Positioned {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(nullable = false)
	private int position;

	@Embedded
	@AttributeOverride(name = "imageId", column = @Column(name = "image_id", nullable = false))
	@AttributeOverride(name = "alt", column = @Column(name = "alt_text", nullable = false))
	@AttributeOverride(name = "width", column = @Column(name = "width", nullable = false))
	@AttributeOverride(name = "height", column = @Column(name = "height", nullable = false))
	@AttributeOverride(name = "focusX", column = @Column(name = "focus_x"))
	@AttributeOverride(name = "focusY", column = @Column(name = "focus_y"))
	private ImageRef image;

	private String caption;

	protected ProjectPhoto() {
	}

	ProjectPhoto(Project project, int position, ImageRef image, String caption) {
		this.project = project;
		this.position = position;
		this.image = image;
		this.caption = caption;
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

	public ImageRef getImage() {
		return this.image;
	}

	void setImage(ImageRef image) {
		this.image = image;
	}

	public String getAltText() {
		return this.image.getAlt();
	}

	public String getCaption() {
		return this.caption;
	}

	void describe(String altText, String caption) {
		this.image = this.image.describedAs(altText);
		this.caption = caption;
	}

	public int getWidth() {
		return this.image.getWidth();
	}

	public int getHeight() {
		return this.image.getHeight();
	}

	/**
	 * Visitors see a photo when they see its project: the photos of a project not yet
	 * published (or in the bin) are the team's only, even at the image store's address.
	 */
	@Override
	public boolean isVisibleToVisitors() {
		return this.project.isPublished() && this.project.getBinnedAt() == null;
	}

	@Override
	public String publicPath() {
		return this.project.getAddress();
	}

	/**
	 * The address of the photo at one of the widths served, for {@code src} and
	 * {@code srcset}: under its project's, which staff can see before it is published.
	 * The image's id in it changes with the picture, so caches stay right.
	 */
	public String url(int width) {
		return this.project.getAddress() + "/photos/" + getId() + "?v=" + this.image.getImageId() + "&w=" + width;
	}

	public String webpUrl(int width) {
		return url(width) + "&f=webp";
	}

	/**
	 * The {@code srcset} of the photo: every width served, up to its own.
	 */
	public String getSrcset() {
		return ImageRef.srcset(getWidth(), this::url);
	}

	public String getWebpSrcset() {
		return ImageRef.srcset(getWidth(), this::webpUrl);
	}

	/**
	 * The address for {@code src}: the middle width, or the photo's own if narrower.
	 */
	public String getSrc() {
		return url(960);
	}

	public String getAlt() {
		return getAltText();
	}

	public int getFocusX() {
		return this.image.getFocusX();
	}

	public int getFocusY() {
		return this.image.getFocusY();
	}

	public String getFocusClass() {
		return this.image.getFocusClass();
	}

}
