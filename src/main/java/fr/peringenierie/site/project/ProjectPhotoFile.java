package fr.peringenierie.site.project;

import fr.peringenierie.site.web.PublicContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The uploaded image of a project, re-encoded by {@link ImageProcessor}: the bytes served
 * are never the bytes received.
 */
@Entity
@Table(name = "project_image")
public class ProjectImage implements PublicContent {

	@Id
	@Column(name = "project_id")
	private Long projectId;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(nullable = false)
	private byte[] data;

	protected ProjectImage() {
	}

	ProjectImage(Long projectId, ImageProcessor.ProcessedImage image) {
		this.projectId = projectId;
		replace(image);
	}

	void replace(ImageProcessor.ProcessedImage image) {
		this.contentType = image.contentType();
		this.width = image.width();
		this.height = image.height();
		this.data = image.data();
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public String getContentType() {
		return this.contentType;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public byte[] getData() {
		return this.data;
	}

}
