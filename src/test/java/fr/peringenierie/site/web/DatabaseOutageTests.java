package fr.peringenierie.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

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

	/** Far above the configured connection timeout, far below Hikari's default 30 s. */
	private static final Duration NO_HANG = Duration.ofSeconds(10);

	private static final Path files = createDirectory();

	private static final int port = SiteProcess.freePort();

	private static Server server = startServer();

	@Autowired
	MockMvcTester mvc;

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
