package fr.peringenierie.site.web;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an uploaded image (a hero, a department's image, a logo, a portrait),
 * re-encoded by {@link ImageProcessor}. Never changed: a new upload is a new row, so its
 * address can be cached for good. Who shows it holds an {@link ImageRef}.
 */
@Entity
@Table(name = "stored_image")
public class StoredImage implements PublicContent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(nullable = false)
	private byte[] data;

	/** When it was stored; the nightly sweep leaves the day's images alone. */
	@Column(nullable = false)
	private Instant created;

	protected StoredImage() {
	}

	StoredImage(ImageProcessor.ProcessedImage image) {
		this.contentType = image.contentType();
		this.width = image.width();
		this.height = image.height();
		this.data = image.data();
		this.created = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	ImageProcessor.ProcessedImage asProcessed() {
		return new ImageProcessor.ProcessedImage(this.contentType, this.width, this.height, this.data);
	}

}
