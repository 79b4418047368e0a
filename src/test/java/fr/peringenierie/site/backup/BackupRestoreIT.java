package fr.peringenierie.site.backup;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.peringenierie.site.SiteProcess;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's restore, as an operator runs it: a site with its content, a contact
 * request and a photo is backed up from the back office; its data folder is deleted;
 * {@code java -jar … --per.restore.file=…} brings it back; the site started again serves
 * the same pages and the photo byte for byte. A second restore onto the site now in use
 * is refused unless told; a backup cut short is refused.
 */
class BackupRestoreIT {

	private static final String PASSWORD = "un-mot-de-passe-de-sauvegarde";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path site;

	@Test
	void aBackupRestoredWithTheReadmeCommandBringsEverythingBack() throws Exception {
		Path log = Files.createDirectories(Path.of("target", "restore-test"))
			.resolve("restore-" + System.nanoTime() + ".log");
		String url = "jdbc:h2:file:" + this.site.resolve("data/per-ingenierie")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
		byte[] photo = Files.readAllBytes(Path.of("src/test/resources/images/phone-portrait.jpg"));
		long photoId;
		long imageId;
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			imageId = insert(connection,
					"insert into stored_image (content_type, width, height, data) values ('image/jpeg', 10, 10, ?)",
					photo);
			long project = single(connection, "select id from project where slug = 'doramar'");
			photoId = insert(connection, "insert into project_photo (project_id, position, alt_text, width, height, "
					+ "image_id) values (" + project + ", 1, 'Façade restaurée', 10, 10, " + imageId + ")");
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("update edito set body = '<p>Un édito écrit avant la panne.</p>'");
			}
			OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
			try (PreparedStatement request = connection.prepareStatement("insert into contact_request "
					+ "(submission_key, received_at, last_exchange_at, name, email, subject_code, subject_label, "
					+ "message, status, notification_status) values ('cle-avant-la-panne', ?, ?, 'Prospect fidèle', "
					+ "'prospect@example.com', 'structure', 'Structure', 'Une demande à ne pas perdre.', 'NEW', "
					+ "'NOT_NEEDED')")) {
				request.setObject(1, now);
				request.setObject(2, now);
				request.executeUpdate();
			}
		}
		Map<String, String> environment = Map.of("PER_ADMIN_PASSWORD", PASSWORD);
		String[] arguments = { "--spring.mail.host=127.0.0.1", "--spring.mail.port=9" };
		String edito;
		try (SiteProcess running = SiteProcess.start(this.site, log, environment, arguments)) {
			edito = body(running.url("/edito"));
			assertThat(edito).contains("Un édito écrit avant la panne.");
			HttpClient staff = signIn(running);
			String page = staff
				.send(HttpRequest.newBuilder(URI.create(running.url("/admin/sauvegardes"))).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			HttpResponse<String> backedUp = staff
				.send(HttpRequest.newBuilder(URI.create(running.url("/admin/sauvegardes")))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(page)))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(backedUp.statusCode()).isEqualTo(302);
		}
		Path backup;
		try (Stream<Path> files = Files.list(this.site.resolve("sauvegardes"))) {
			backup = files.filter((file) -> file.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
		}
		delete(this.site.resolve("data"));

		String restore = "--per.restore.file=sauvegardes/" + backup.getFileName();
		assertThat(SiteProcess.run(this.site, log, environment, restore)).as("restauration, voir " + log).isZero();

		try (SiteProcess restored = SiteProcess.start(this.site, log, environment, arguments)) {
			assertThat(body(restored.url("/edito"))).isEqualTo(edito);
			HttpResponse<byte[]> served = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(restored.url("/realisations/doramar/photos/" + photoId + "?v=" + imageId)))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(served.statusCode()).isEqualTo(200);
			assertThat(served.body()).isEqualTo(photo);
			assertThat(signIn(restored)).isNotNull();
		}
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			assertThat(single(connection,
					"select count(*) from contact_request where submission_key = 'cle-avant-la-panne'"))
				.isEqualTo(1);
		}

		// Now in use: a second restore is refused unless told, and says so.
		assertThat(SiteProcess.run(this.site, log, environment, restore)).isNotZero();
		assertThat(Files.readString(log)).contains("Restauration refusée", "--per.restore.replace=true");
		assertThat(SiteProcess.run(this.site, log, environment, restore, "--per.restore.replace=true")).isZero();

		// A file cut short is refused before anything is touched.
		Path cut = this.site.resolve("sauvegardes/coupee.zip");
		byte[] whole = Files.readAllBytes(backup);
		Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
		assertThat(SiteProcess.run(this.site, log, environment, "--per.restore.file=sauvegardes/coupee.zip",
				"--per.restore.replace=true"))
			.isNotZero();
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			assertThat(single(connection, "select count(*) from contact_request")).isEqualTo(1);
		}
	}

	private static HttpClient signIn(SiteProcess site) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(site.url("/admin/login"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(site.url("/admin/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf=" + csrf(login)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return client;
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}

	private static String body(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
			.body()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private static long insert(Connection connection, String sql, byte[]... bytes) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" })) {
			for (int i = 0; i < bytes.length; i++) {
				statement.setBytes(i + 1, bytes[i]);
			}
			statement.executeUpdate();
			try (ResultSet keys = statement.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		assertThat(folder).doesNotExist();
	}

}
