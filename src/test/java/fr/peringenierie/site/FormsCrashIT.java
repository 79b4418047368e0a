package fr.peringenierie.site;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged contact request or application is on disk: the packaged application, as
 * a process of its own, receives prospects and candidates posting at once (applications
 * with their PDF), is killed with SIGKILL the moment the last acknowledgement arrives,
 * and is started again on the same data, which must hold every form that was
 * acknowledged. On the embedded H2 database (the default, in its default folder) and on
 * PostgreSQL (the production profile).
 */
class FormsCrashIT {

	/** Half of them send the contact form, half the spontaneous application. */
	private static final int PROSPECTS = 8;

	private static final byte[] CV = onePagePdf();

	private static final Duration BURST = Duration.ofSeconds(3);

	private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

	@TempDir
	Path workingDirectory;

	@Test
	void acknowledgedFormsSurviveAKillOnH2() throws Exception {
		String[] arguments = commonArguments();
		Acknowledged acknowledged = postThenKill(Map.of(), arguments);
		// The default data folder, relative to where the application was started.
		String url = "jdbc:h2:file:" + this.workingDirectory.resolve("data/per-ingenierie")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		assertAllStored(acknowledged, () -> DriverManager.getConnection(url, "sa", ""));
	}

	/**
	 * An operator's own H2 URL, without {@code WRITE_DELAY=0}: the application makes
	 * commits durable itself (H2 would otherwise write them up to 500 ms later).
	 */
	@Test
	void acknowledgedFormsSurviveAKillOnH2WhateverTheUrl() throws Exception {
		String url = "jdbc:h2:file:" + this.workingDirectory.resolve("ailleurs/base")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		List<String> arguments = new ArrayList<>(List.of(commonArguments()));
		arguments.add("--spring.datasource.url=" + url);
		Acknowledged acknowledged = postThenKill(Map.of(), arguments.toArray(String[]::new));
		assertAllStored(acknowledged, () -> DriverManager.getConnection(url, "sa", ""));
	}

	@Test
	void acknowledgedFormsSurviveAKillOnPostgres() throws Exception {
		PostgresTestDatabase.Connection database = PostgresTestDatabase.obtain();
		String schema = "per_crash";
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password()); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		Map<String, String> environment = Map.of("PER_DB_URL", database.urlWithSchema(schema), "PER_DB_USERNAME",
				database.username(), "PER_DB_PASSWORD", database.password());
		List<String> arguments = new ArrayList<>(List.of(commonArguments()));
		arguments.add("--spring.profiles.active=postgres");
		arguments.add("--spring.flyway.schemas=" + schema);
		Acknowledged acknowledged = postThenKill(environment, arguments.toArray(String[]::new));
		assertAllStored(acknowledged, () -> DriverManager.getConnection(database.urlWithSchema(schema),
				database.username(), database.password()));
	}

	private String[] commonArguments() {
		// Prospects all post from 127.0.0.1 here; the per-client limit is not what is
		// tested. Notifications go nowhere: the outbox keeps them pending.
		return new String[] { "--per.contact.rate-limit=100000", "--spring.mail.host=127.0.0.1", "--spring.mail.port=9",
				"--logging.level.root=warn" };
	}

	/**
	 * Posts from several prospects at once for a few seconds, kills the process the
	 * moment the posts stop, then starts it again on the same data and stops it cleanly.
	 * @return the submission keys of the acknowledged forms
	 */
	private Acknowledged postThenKill(Map<String, String> environment, String... arguments) throws Exception {
		Path log = Files.createDirectories(Path.of("target", "crash-test"))
			.resolve(getClass().getSimpleName() + "-" + System.nanoTime() + ".log");
		List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
		List<String> applications = Collections.synchronizedList(new ArrayList<>());
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		SiteProcess site = SiteProcess.start(this.workingDirectory, log, environment, arguments);
		try {
			long deadline = System.nanoTime() + BURST.toNanos();
			ExecutorService prospects = Executors.newFixedThreadPool(PROSPECTS);
			for (int i = 0; i < PROSPECTS; i++) {
				int prospect = i;
				prospects.submit(() -> {
					HttpClient client = HttpClient.newBuilder()
						.cookieHandler(new CookieManager())
						.followRedirects(HttpClient.Redirect.NEVER)
						.connectTimeout(Duration.ofSeconds(2))
						.build();
					int sent = 0;
					while (System.nanoTime() < deadline) {
						String name = "Personne " + prospect + ", envoi " + (++sent);
						if (prospect % 2 == 0) {
							String key = post(client, site, name, latencies);
							if (key != null) {
								acknowledged.add(key);
							}
						}
						else {
							String key = apply(client, site, name, latencies);
							if (key != null) {
								applications.add(key);
							}
						}
					}
					return null;
				});
			}
			prospects.shutdown();
			assertThat(prospects.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			site.kill();
		}
		// Started again on the same data, as after a crash; then stopped before the data
		// is
		// read directly (an embedded H2 file is open to one process at a time).
		// New requests get new numbers: none handed out before the crash is given again.
		try (SiteProcess again = SiteProcess.start(this.workingDirectory, log, environment, arguments)) {
			HttpClient client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			for (int i = 1; i <= 3; i++) {
				String key = post(client, again, "Après le redémarrage, demande " + i, new ArrayList<>());
				assertThat(key).as("demande " + i + " après le redémarrage").isNotNull();
				acknowledged.add(key);
			}
			String key = apply(client, again, "Après le redémarrage, candidature", new ArrayList<>());
			assertThat(key).as("candidature après le redémarrage").isNotNull();
			applications.add(key);
		}
		List<Long> sorted = latencies.stream().sorted().toList();
		int duringTheBurst = sorted.size();
		if (!sorted.isEmpty()) {
			System.out.printf(
					"%d demandes et %d candidatures acquittées ; durée d’un envoi : médiane %d ms, p99 %d ms%n",
					acknowledged.size(), applications.size(), sorted.get(sorted.size() / 2),
					sorted.get(sorted.size() * 99 / 100));
		}
		// Every sender was acknowledged at least once on average: the kill came with
		// forms of both kinds in flight.
		assertThat(duringTheBurst).as("formulaires acquittés pendant la rafale").isGreaterThanOrEqualTo(PROSPECTS);
		assertThat(applications).as("candidatures acquittées").hasSizeGreaterThanOrEqualTo(PROSPECTS / 2);
		return new Acknowledged(acknowledged, applications);
	}

	/**
	 * The forms acknowledged, by their submission keys.
	 */
	record Acknowledged(List<String> contactRequests, List<String> applications) {

	}

	/**
	 * Sends a spontaneous application as a browser would: the form page first, then the
	 * multipart post with the CV.
	 * @return the submission key when the post was acknowledged, else {@code null}
	 */
	private static String apply(HttpClient client, SiteProcess site, String name, List<Long> latencies)
			throws IOException, InterruptedException {
		HttpResponse<String> page = client.send(
				HttpRequest.newBuilder(URI.create(site.url("/recrutement/candidature"))).build(),
				HttpResponse.BodyHandlers.ofString());
		Map<String, String> form = new LinkedHashMap<>();
		Matcher hidden = HIDDEN_INPUT.matcher(page.body());
		while (hidden.find()) {
			form.put(hidden.group(1), hidden.group(2));
		}
		form.put("name", name);
		form.put("email", "candidat@example.com");
		form.put("message", "Candidature envoyée juste avant une panne : " + name + ".");
		form.remove("website");
		String boundary = "----per" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (Map.Entry<String, String> field : form.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"cv.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(CV);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		long start = System.nanoTime();
		HttpResponse<Void> response = client
			.send(HttpRequest.newBuilder(URI.create(site.url("/recrutement/candidature")))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.discarding());
		boolean acknowledged = (response.statusCode() == 302 || response.statusCode() == 303)
				&& response.headers().firstValue("Location").orElse("").endsWith("/recrutement/merci");
		if (acknowledged) {
			latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
		return acknowledged ? form.get("submissionKey") : null;
	}

	private static byte[] onePagePdf() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Fills in the contact form as a browser would: the page first (its CSRF token and
	 * submission key), then the post.
	 * @return the submission key when the post was acknowledged, else {@code null}
	 */
	private static String post(HttpClient client, SiteProcess site, String name, List<Long> latencies)
			throws IOException, InterruptedException {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(site.url("/contact"))).build(),
				HttpResponse.BodyHandlers.ofString());
		Map<String, String> form = new LinkedHashMap<>();
		Matcher hidden = HIDDEN_INPUT.matcher(page.body());
		while (hidden.find()) {
			form.put(hidden.group(1), hidden.group(2));
		}
		form.put("name", name);
		form.put("email", "prospect@example.com");
		form.put("subject", "structure");
		form.put("message", "Demande envoyée juste avant une panne : " + name + ".");
		form.remove("website");
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		long start = System.nanoTime();
		HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(site.url("/contact")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		boolean acknowledged = (response.statusCode() == 302 || response.statusCode() == 303)
				&& response.headers().firstValue("Location").orElse("").contains("/contact/merci?ref=");
		if (acknowledged) {
			latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
		return acknowledged ? form.get("submissionKey") : null;
	}

	private static void assertAllStored(Acknowledged acknowledged, ConnectionSource database) throws SQLException {
		assertAllStored(acknowledged.contactRequests(), "select submission_key from contact_request", database);
		assertAllStored(acknowledged.applications(),
				"select a.submission_key from job_application a join job_application_file f on f.application_id = a.id",
				database);
	}

	private static void assertAllStored(List<String> acknowledged, String keys, ConnectionSource database)
			throws SQLException {
		Set<String> stored = new HashSet<>();
		try (Connection connection = database.open();
				PreparedStatement query = connection.prepareStatement(keys);
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				stored.add(rows.getString(1));
			}
		}
		List<String> lost = acknowledged.stream().filter((key) -> !stored.contains(key)).toList();
		assertThat(lost).as("formulaires acquittés puis perdus (sur %d acquittés)", acknowledged.size()).isEmpty();
	}

	@FunctionalInterface
	interface ConnectionSource {

		Connection open() throws SQLException;

	}

}
