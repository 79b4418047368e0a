package fr.peringenierie.site.web;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The renditions of stored images, read and written one statement at a time: none of
 * these is ever made while a transaction holds a connection.
 */
@Repository
class ImageRenditionRepository {

	private final JdbcClient jdbc;

	ImageRenditionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ImageProcessor.ProcessedImage> find(long imageId, int width, ImageProcessor.RenditionFormat format) {
		return this.jdbc
			.sql("select content_type, data from image_rendition where image_id = ? and width = ? and format = ?")
			.params(imageId, width, format.name())
			.query((row, index) -> new ImageProcessor.ProcessedImage(row.getString("content_type"), 0, 0,
					row.getBytes("data")))
			.optional();
	}

	/**
	 * Keeps a rendition; when another request or instance made the same one first, its
	 * copy stays (they are alike).
	 */
	void add(long imageId, int width, ImageProcessor.RenditionFormat format, ImageProcessor.ProcessedImage image) {
		this.jdbc
			.sql("insert into image_rendition (image_id, width, format, content_type, data) values (?, ?, ?, ?, ?) "
					+ "on conflict do nothing")
			.params(imageId, width, format.name(), image.contentType(), image.data())
			.update();
	}

}
