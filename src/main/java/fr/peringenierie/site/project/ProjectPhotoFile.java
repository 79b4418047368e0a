package fr.peringenierie.site.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.PublicContent;

/**
 * The bytes of a project's photo, re-encoded by {@link ImageProcessor}: the bytes served
 * are never the bytes received. Kept apart from {@link ProjectPhoto} so that pages
 * listing photos never read them.
 */
@Entity
@Table(name = "project_photo_file")
public class ProjectPhotoFile implements PublicContent {

	@Id
	@Column(name = "photo_id")
	private Long photoId;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private byte[] data;

	protected ProjectPhotoFile() {
	}

	ProjectPhotoFile(Long photoId, ImageProcessor.ProcessedImage image) {
		this.photoId = photoId;
		this.contentType = image.contentType();
		this.data = image.data();
	}

	public Long getPhotoId() {
		return this.photoId;
	}

	public String getContentType() {
		return this.contentType;
	}

	public byte[] getData() {
		return this.data;
	}

}
