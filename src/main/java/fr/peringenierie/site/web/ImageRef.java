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
	public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

	@Column(name = "image_id")
	private Long imageId;

	@Column(name = "image_alt")
	private String alt;

	@Column(name = "image_width")
	private Integer width;

	@Column(name = "image_height")
	private Integer height;

	protected ImageRef() {
	}

	ImageRef(Long imageId, String alt, int width, int height) {
		this.imageId = imageId;
		this.alt = alt;
		this.width = width;
		this.height = height;
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
	 * The address of the image at one of the {@link #WIDTHS widths} served.
	 */
	public String url(int width) {
		return StoredImages.PATH + this.imageId + "?w=" + width;
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
