package fr.peringenierie.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.peringenierie.site.SiteProcess;
import fr.peringenierie.site.contact.ContactRequestRepository;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The database goes away and comes back: the application reaches it over TCP (an H2
 * server this test stops and starts again on the same files), so that the outage is a
 * real one, with broken connections and refused new ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseOutageTests {

	/** The pool's connection timeout (3 s) and a margin for a slow machine. */
	private static final Duration WITHIN_THE_POOL_TIMEOUT = Duration.ofSeconds(6);

	/** Far above the configured connection timeout, far below Hikari's default 30 s. */
	private static final Duration NO_HANG = Duration.ofSeconds(10);

	private static final Path files = createDirectory();

	private static final int port = SiteProcess.freePort();

	private static Server server = startServer();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int serverPort;

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	ContactRequestRepository requests;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + port
				+ "/outage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		// The suite may run on PostgreSQL in a schema of its own; this database has one.
		registry.add("spring.flyway.schemas", () -> "");
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@Test
	void whileTheDatabaseIsDownPagesAreServedOrRefusedQuicklyAndNoRequestIsLostOrStoredTwice() throws Exception {
		String home = body(this.mvc.get().uri("/").exchange());
		assertThat(send("cle-avant-la-panne-0001", "Un message envoyé avant la panne.")).hasStatus(HttpStatus.FOUND);

		server.stop();

		MvcTestResult cachedPage = timed(this.mvc.get().uri("/"));
		assertThat(cachedPage).hasStatusOk();
		assertThat(body(cachedPage)).isEqualTo(home);

		long start = System.nanoTime();
		HttpResponse<String> pageNeedingTheDatabase = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.serverPort + "/equipe")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(NO_HANG);
		assertThat(pageNeedingTheDatabase.statusCode()).isEqualTo(503);
		assertThat(pageNeedingTheDatabase.headers().firstValue("Retry-After")).contains("30");
		assertThat(pageNeedingTheDatabase.body())
			.contains("<html lang=\"fr\">", "Service momentanément indisponible", "réessayer", "Structure")
			.doesNotContain("Exception", "JDBC", "SQL");

		MvcTestResult postDuringTheOutage = timed(
				post("cle-pendant-la-panne-01", "Mon message ecrit pendant la panne."));
		assertThat(postDuringTheOutage).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.headers()
			.containsHeader("Retry-After");
		assertThat(postDuringTheOutage).bodyText()
			.contains("incident technique passager", "Mon message ecrit pendant la panne.", "Jeanne Martin",
					"jeanne.martin@example.org", "cle-pendant-la-panne-01");

		server = startServer();

		// Connections broken by the outage are replaced as the pool finds them dead: it
		// checks a connection that has been idle for more than half a second.
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> send("cle-pendant-la-panne-01", "Mon message ecrit pendant la panne.").getResponse()
				.getStatus() == HttpStatus.FOUND.value());
		assertThat(send("cle-pendant-la-panne-01", "Mon message ecrit pendant la panne.")).hasStatus(HttpStatus.FOUND);
		assertThat(this.requests.findAll()).extracting("message")
			.containsExactlyInAnyOrder("Un message envoyé avant la panne.", "Mon message ecrit pendant la panne.");
		assertThat(this.mvc.get().uri("/equipe")).hasStatusOk();
	}

	/**
	 * A member of staff's session lives in the database: while it is away, the back
	 * office answers a French 503 within the pool's timeout, and a form comes back with
	 * what was typed, ready to be sent again.
	 */
	@Test
	void whileTheDatabaseIsDownTheBackOfficeAnswersQuicklyAndKeepsWhatWasTyped() throws Exception {
		this.jdbc.update("insert into staff_user (username, password_hash, role, created_at) "
				+ "values ('panne', '{noop}un-mot-de-passe-solide', 'EDITOR', current_timestamp)");
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = page(browser, "/admin/login").body();
		HttpResponse<String> signedIn = form(browser, "/admin/login",
				Map.of("username", "panne", "password", "un-mot-de-passe-solide", "_csrf", token(login)));
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/admin");
		String edito = page(browser, "/admin/edito").body();
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("_csrf", token(edito));
		typed.put("title", "Un titre tapé pendant la panne");
		typed.put("body", "<p>Un édito réécrit juste avant que la base ne tombe.</p>");
		typed.put("signatoryName", "Mahyar JALILI");
		typed.put("signatoryTitle", "Directeur Général");
		typed.put("version", hidden(edito, "version"));

		server.stop();
		try {
			long start = System.nanoTime();
			HttpResponse<String> screen = page(browser, "/admin/edito");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("écran d’administration, base injoignable")
				.isLessThan(WITHIN_THE_POOL_TIMEOUT);
			assertThat(screen.statusCode()).isEqualTo(503);
			assertThat(screen.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(screen.body()).contains("<html lang=\"fr\">", "Service momentanément indisponible")
				.doesNotContain("Exception", "JDBC", "SQL");

			start = System.nanoTime();
			HttpResponse<String> saved = form(browser, "/admin/edito", typed);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("enregistrement, base injoignable")
				.isLessThan(WITHIN_THE_POOL_TIMEOUT);
			assertThat(saved.statusCode()).isEqualTo(503);
			assertThat(saved.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(saved.body())
				.contains("rien n’a été enregistré", "Un titre tapé pendant la panne",
						"Un édito réécrit juste avant que la base ne tombe.", "Renvoyer ma saisie", "name=\"_csrf\"",
						"action=\"/admin/edito\"")
				.doesNotContain("Exception", "JDBC", "SQL");
		}
		finally {
			server = startServer();
		}
		// Sent again from that page once the database is back: saved.
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> form(browser, "/admin/edito", typed).statusCode() == 302);
		assertThat(this.jdbc.queryForObject("select title from edito", String.class))
			.isEqualTo("Un titre tapé pendant la panne");
	}

	private HttpResponse<String> page(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.serverPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> form(HttpClient browser, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.serverPort + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String token(String page) {
		return hidden(page, "_csrf");
	}

	private static String hidden(String page, String name) {
		Matcher input = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(page);
		assertThat(input.find()).as(name + " dans la page").isTrue();
		return input.group(1);
	}

	private MvcTestResult send(String key, String message) {
		return post(key, message).exchange();
	}

	private MockMvcRequestBuilder post(String key, String message) {
		return this.mvc.post()
			.uri("/contact")
			.param("name", "Jeanne Martin")
			.param("email", "jeanne.martin@example.org")
			.param("subject", "structure")
			.param("message", message)
			.param("submissionKey", key)
			.with(csrf());
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MvcTestResult timed(MockMvcRequestBuilder request) {
		long start = System.nanoTime();
		MvcTestResult result = request.exchange();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("temps de réponse, base injoignable")
			.isLessThan(NO_HANG);
		return result;
	}

	private static Server startServer() {
		try {
			return Server
				.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", files.toString())
				.start();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path createDirectory() {
		try {
			Path directory = Files.createTempDirectory("per-outage-");
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
