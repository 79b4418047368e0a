package fr.peringenierie.site.performance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import fr.peringenierie.site.PerIngenierieApplication;
import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.team.TeamRole;
import fr.peringenierie.site.team.TeamRoleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Two instances of the application on one database, each with its own page cache: a
 * change saved through one is visible on the other on its next request (on H2, which
 * reads the revision per request) or within milliseconds (on PostgreSQL, where the
 * revision is pushed by NOTIFY), and pages are answered 304 while they have not changed.
 */
@SiteIntegrationTest
class MultiInstanceCacheTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TeamRoleRepository roles;

	@Autowired
	Environment environment;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aChangeSavedOnOneInstanceIsVisibleOnTheNextRequestToTheOther() throws Exception {
		try (ConfigurableApplicationContext other = secondInstance()) {
			int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
			assertThat(get(otherPort, "/equipe").body()).contains("<span class=\"team-total__value\">30</span>");
			assertThat(get(this.port, "/equipe").body()).contains("<span class=\"team-total__value\">30</span>");
			TeamRole projectors = this.roles.findAllByOrderByPosition().get(2);
			try {
				assertThat(this.mvc.post()
					.uri("/admin/equipe/" + projectors.getId())
					.param("label", "projeteurs")
					.param("headcount", "18")
					.param("version", Long.toString(projectors.getVersion()))
					.with(user("chef").roles("EDITOR"))
					.with(csrf())).hasStatus(HttpStatus.FOUND);
				long saved = System.nanoTime();
				await().atMost(Duration.ofSeconds(1))
					.pollDelay(Duration.ZERO)
					.pollInterval(Duration.ofMillis(1))
					.until(() -> get(otherPort, "/equipe").body()
						.contains("<span class=\"team-total__value\">33</span>"));
				System.out.printf("Modification visible sur l’autre instance %.1f ms après l’enregistrement%n",
						(System.nanoTime() - saved) / 1e6);
				assertThat(get(this.port, "/equipe").body()).contains("<span class=\"team-total__value\">33</span>");
			}
			finally {
				TeamRole changed = this.roles.findById(projectors.getId()).orElseThrow();
				this.mvc.post()
					.uri("/admin/equipe/" + changed.getId())
					.param("label", "projeteurs")
					.param("headcount", "15")
					.param("version", Long.toString(changed.getVersion()))
					.with(user("chef").roles("EDITOR"))
					.with(csrf())
					.exchange();
			}
			await().atMost(Duration.ofSeconds(1))
				.until(() -> get(otherPort, "/equipe").body().contains("<span class=\"team-total__value\">30</span>"));
		}
	}

	@Test
	void unchangedPagesAreAnswered304AndChangedOnesAreNot() throws Exception {
		HttpResponse<String> first = get(this.port, "/histoire");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		HttpResponse<String> again = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/histoire"))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<byte[]> gzipped = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/histoire"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(first.body().length() / 2);
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(PerIngenierieApplication.class).profiles("test")
			.properties("server.port=0", "per.scheduling.enabled=false",
					"spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
					"spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
					"spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
					"spring.flyway.schemas=" + this.environment.getProperty("spring.flyway.schemas", ""))
			.run();
	}

}
