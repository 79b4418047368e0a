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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.peringenierie.site.PostgresTestDatabase;
import fr.peringenierie.site.SiteProcess;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's restore, as an operator runs it: a site with its content, a contact
 * request and a photo is backed up from the back office; its data folder is deleted;
 * {@code java -jar … --per.restore.file=…} brings it back; the site started again serves
 * the same pages and the photo byte for byte; restored into an empty PostgreSQL database
 * (moving from H2 to PostgreSQL), it shows the same pages again. A second restore onto
 * the site now in use is refused unless told; a backup cut short is refused.
 */
class BackupRestoreIT {

	private static final String PASSWORD = "un-mot-de-passe-de-sauvegarde";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path site;

	@Test
	void aBackupRestoredWithTheReadmeCommandBringsEverythingBack() throws Exception {
		Path log = log("restore");
		String url = migratedSite();
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
			assertThat(backUp(signIn(running), running).statusCode()).isEqualTo(302);
		}
		Path backup;
		try (Stream<Path> files = Files.list(this.site.resolve("sauvegardes"))) {
			backup = files.filter((file) -> file.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
		}
		delete(this.site.resolve("data"));

		String restore = "--per.restore.file=sauvegardes/" + backup.getFileName();
		assertThat(SiteProcess.run(this.site, log, environment, restore)).as("restauration, voir " + log).isZero();

		Map<String, String> pages = new java.util.LinkedHashMap<>();
		try (SiteProcess restored = SiteProcess.start(this.site, log, environment, arguments)) {
			assertThat(body(restored.url("/edito"))).isEqualTo(edito);
			for (String path : List.of("/", "/edito", "/histoire", "/equipe", "/moyens-techniques", "/realisations",
					"/realisations/doramar", "/departements/structure", "/contact", "/mentions-legales")) {
				pages.put(path, body(restored.url(path)));
			}
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

		// The same backup restored into an empty PostgreSQL database: the site started on
		// it shows the same pages.
		PostgresTestDatabase.Connection postgres = PostgresTestDatabase.obtain();
		String schema = "per_restore";
		try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.username(),
				postgres.password()); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		Map<String, String> onPostgres = Map.of("PER_ADMIN_PASSWORD", PASSWORD, "PER_DB_URL",
				postgres.urlWithSchema(schema), "PER_DB_USERNAME", postgres.username(), "PER_DB_PASSWORD",
				postgres.password());
		String[] postgresProfile = { "--spring.profiles.active=postgres", "--spring.flyway.schemas=" + schema };
		assertThat(SiteProcess.run(this.site, log, onPostgres, concat(postgresProfile, restore)))
			.as("restauration dans PostgreSQL, voir " + log)
			.isZero();
		try (SiteProcess moved = SiteProcess.start(this.site, log, onPostgres, concat(postgresProfile, arguments))) {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				assertThat(body(moved.url(page.getKey()))).as(page.getKey()).isEqualTo(page.getValue());
			}
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

	/**
	 * A kill in the middle of a backup (SIGKILL, as a power cut) leaves the previous
	 * backup as it was and no file that passes for a complete backup.
	 */
	@Test
	void aCrashDuringABackupLeavesThePreviousOneIntactAndNoFalseBackup() throws Exception {
		Path log = log("crash");
		String url = migratedSite();
		// Enough pictures for a backup to take a while: 200 of 256 KB of noise each.
		java.util.Random noise = new java.util.Random(1992);
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			for (int i = 0; i < 200; i++) {
				byte[] bytes = new byte[256 * 1024];
				noise.nextBytes(bytes);
				insert(connection, "insert into stored_image (content_type, width, height, data) values "
						+ "('image/jpeg', 10, 10, ?)", bytes);
			}
		}
		Map<String, String> environment = Map.of("PER_ADMIN_PASSWORD", PASSWORD);
		String[] arguments = { "--spring.mail.host=127.0.0.1", "--spring.mail.port=9" };
		Path folder = this.site.resolve("sauvegardes");
		Path first;
		byte[] firstBytes;
		SiteProcess running = SiteProcess.start(this.site, log, environment, arguments);
		try {
			HttpClient staff = signIn(running);
			assertThat(backUp(staff, running).statusCode()).isEqualTo(302);
			first = onlyBackup(folder);
			firstBytes = Files.readAllBytes(first);
			java.util.concurrent.CompletableFuture<?> second = java.util.concurrent.CompletableFuture.runAsync(() -> {
				try {
					backUp(staff, running);
				}
				catch (IOException | InterruptedException ex) {
					// The site is killed under it: expected.
				}
			});
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(30))
				.pollInterval(java.time.Duration.ofMillis(5))
				.until(() -> partialSize(folder) > 1024 * 1024);
			running.kill();
			second.handle((result, failure) -> null).get();
		}
		finally {
			running.kill();
		}
		assertThat(onlyBackup(folder)).isEqualTo(first);
		assertThat(Files.readAllBytes(first)).isEqualTo(firstBytes);
		try (SiteProcess again = SiteProcess.start(this.site, log, environment, arguments)) {
			String page = signIn(again)
				.send(HttpRequest.newBuilder(URI.create(again.url("/admin/sauvegardes"))).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(Pattern.compile("Télécharger per-sauvegarde-").matcher(page).results().count()).isEqualTo(1);
		}
	}

	private static Path log(String name) throws IOException {
		return Files.createDirectories(Path.of("target", "restore-test"))
			.resolve(name + "-" + System.nanoTime() + ".log");
	}

	/**
	 * A site's embedded database, migrated (seeded), in the site's default data folder.
	 * @return its URL
	 */
	private String migratedSite() {
		String url = "jdbc:h2:file:" + this.site.resolve("data/per-ingenierie")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
		return url;
	}

	private static HttpResponse<String> backUp(HttpClient staff, SiteProcess site)
			throws IOException, InterruptedException {
		String page = staff
			.send(HttpRequest.newBuilder(URI.create(site.url("/admin/sauvegardes"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		return staff.send(HttpRequest.newBuilder(URI.create(site.url("/admin/sauvegardes")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(page)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The one complete backup of the folder. */
	private static Path onlyBackup(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> complete = files.filter((file) -> file.getFileName().toString().endsWith(".zip")).toList();
			assertThat(complete).hasSize(1);
			return complete.get(0);
		}
	}

	private static long partialSize(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".partiel"))
				.mapToLong((file) -> file.toFile().length())
				.sum();
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

	private static String[] concat(String[] first, String... more) {
		return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
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
			// Hidden fields carry tokens of each visit (CSRF, the form's submission key).
			.replaceAll("<input[^>]*type=\"hidden\"[^>]*>", "");
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
