package fr.peringenierie.site;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The photos projects had before the one image store (their bytes in
 * {@code project_photo_file}) move into it with nothing lost: same photo, text, position,
 * bytes and size.
 */
class ImageStoreMigrationTests {

	@Test
	void projectPhotosMoveIntoTheImageStoreWithNothingLost() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:migration-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(dataSource).target("20").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long project = jdbc.queryForObject("select id from project where slug = 'doramar'", Long.class);
		byte[] bytes = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 };
		jdbc.update("insert into project_photo (id, project_id, position, alt_text, caption, width, height, stamp) "
				+ "values (41, ?, 10, 'La façade', 'Sur l’avenue', 1600, 1000, 123)", project);
		jdbc.update("insert into project_photo_file (photo_id, content_type, data) values (41, 'image/jpeg', ?)",
				(Object) bytes);

		Flyway.configure().dataSource(dataSource).load().migrate();

		Map<String, Object> photo = jdbc.queryForMap("select * from project_photo where id = 41");
		assertThat(photo).containsEntry("alt_text", "La façade")
			.containsEntry("caption", "Sur l’avenue")
			.containsEntry("position", 10)
			.containsEntry("width", 1600)
			.containsEntry("height", 1000);
		Map<String, Object> image = jdbc.queryForMap("select * from stored_image where id = ?", photo.get("image_id"));
		assertThat(image).containsEntry("content_type", "image/jpeg").containsEntry("width", 1600);
		assertThat((byte[]) image.get("data")).isEqualTo(bytes);
		assertThat(jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_name = " + "'project_photo_file'",
				Integer.class))
			.isZero();
	}

}
