package fr.peringenierie.site.web;

import java.util.List;
import java.util.function.IntFunction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An uploaded image as the content showing it holds it: which stored image, what it shows
 * for those who cannot see it, and its size (for the layout to reserve its place). Empty
 * when no image was given.
 */
@Embeddable
public class ImageRef {

	/** The widths served for {@code srcset}, in pixels. */
	public static final List<Integer> WIDTHS = ImageProcessor.WIDTHS;

	/** Steps of the focal point, in percent: the stylesheet has a rule for each. */
	static final int FOCUS_STEP = 10;

	@Column(name = "image_id")
	private Long imageId;

	@Column(name = "image_alt")
	private String alt;

	@Column(name = "image_width")
	private Integer width;

	@Column(name = "image_height")
	private Integer height;

	@Column(name = "image_focus_x")
	private Integer focusX;

	@Column(name = "image_focus_y")
	private Integer focusY;

	protected ImageRef() {
	}

	ImageRef(Long imageId, String alt, int width, int height, Integer focusX, Integer focusY) {
		this.imageId = imageId;
		this.alt = alt;
		this.width = width;
		this.height = height;
		this.focusX = focusX;
		this.focusY = focusY;
	}

	/**
	 * The same picture described by another text.
	 */
	public ImageRef describedAs(String alt) {
		return new ImageRef(this.imageId, alt, this.width, this.height, this.focusX, this.focusY);
	}

	/**
	 * The same picture with the point that every crop keeps in view, in percent of its
	 * width and height (rounded to {@value #FOCUS_STEP}).
	 */
	public ImageRef focusedOn(int x, int y) {
		return new ImageRef(this.imageId, this.alt, this.width, this.height, focusStep(x), focusStep(y));
	}

	static int focusStep(int percent) {
		int bounded = Math.max(0, Math.min(100, percent));
		return Math.round(bounded / (float) FOCUS_STEP) * FOCUS_STEP;
	}

	/**
	 * The focal point across, in percent (50 when none was chosen).
	 */
	public int getFocusX() {
		return (this.focusX != null) ? this.focusX : 50;
	}

	/**
	 * The focal point down, in percent (50 when none was chosen).
	 */
	public int getFocusY() {
		return (this.focusY != null) ? this.focusY : 50;
	}

	/**
	 * The classes that place the focal point of every crop ({@code object-position}): a
	 * class, not a {@code style} attribute, which the Content Security Policy forbids.
	 */
	public String getFocusClass() {
		return "focus-x-" + getFocusX() + " focus-y-" + getFocusY();
	}

	public static ImageRef none() {
		return new ImageRef();
	}

	public boolean isPresent() {
		return this.imageId != null;
	}

	public Long getImageId() {
		return this.imageId;
	}

	public String getAlt() {
		return this.alt;
	}

	public Integer getWidth() {
		return this.width;
	}

	public Integer getHeight() {
		return this.height;
	}

	/**
	 * The address of the image at one of the {@link #WIDTHS widths} served, in the
	 * master's format.
	 */
	public String url(int width) {
		return StoredImages.PATH + this.imageId + "?w=" + width;
	}

	/**
	 * The address of the image at one of the {@link #WIDTHS widths} served, in WebP.
	 */
	public String webpUrl(int width) {
		return url(width) + "&f=webp";
	}

	public String getSrc() {
		return url(960);
	}

	/**
	 * Every width served up to the image's own; a width it does not reach is served at
	 * its own.
	 */
	public String getSrcset() {
		return srcset(this.width, this::url);
	}

	/**
	 * The same as {@link #getSrcset()}, in WebP.
	 */
	public String getWebpSrcset() {
		return srcset(this.width, this::webpUrl);
	}

	/**
	 * The {@code srcset} of an image {@code width} pixels wide whose address at each
	 * width served is {@code url}: every width up to its own, a width it does not reach
	 * being served at its own.
	 */
	public static String srcset(int width, IntFunction<String> url) {
		StringBuilder srcset = new StringBuilder();
		for (int served : WIDTHS) {
			if (!srcset.isEmpty()) {
				srcset.append(", ");
			}
			srcset.append(url.apply(served)).append(' ').append(Math.min(served, width)).append('w');
			if (served >= width) {
				break;
			}
		}
		return srcset.toString();
	}

}
