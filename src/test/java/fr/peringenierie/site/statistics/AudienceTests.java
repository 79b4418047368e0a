package fr.peringenierie.site.statistics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Page views sent through the trusted proxy, from several addresses and browsers, are
 * counted as views and visitors — pages served from the cache included — and nothing
 * about the visitors is kept: no address, no browser, no cookie. Robots, staff and
 * visitors who opt out are not counted. A 404 seen three times is in the report; a
 * redirect made from it answers 301.
 */
@SiteIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AudienceTests {

	private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 PER-essai-A";

	private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 PER-essai-B";

	private static final String VISITOR_A = "203.0.113.77";

	private static final String VISITOR_B = "198.51.100.23";

	@LocalServerPort
	int port;

	@Autowired
	AudienceWriter writer;

	@Autowired
	AudienceRecorder recorder;

	@Autowired
	AudienceReport report;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	fr.peringenierie.site.web.PublicPages publicPages;

	@Autowired
	fr.peringenierie.site.web.SiteProperties site;

	@Autowired
	AudienceProperties properties;

	@Autowired
	java.time.Clock clock;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void nothingCountedYet() {
		this.writer.flush();
		// The day's salt stays: each instance keeps it in memory for the day.
		for (String table : List.of("audience_page_day", "audience_source_day", "audience_visit", "broken_address",
				"page_redirect")) {
			this.jdbc.update("delete from " + table);
		}
	}

	@Test
	void viewsAndVisitorsAreCountedAndNothingAboutTheVisitorsIsKept(CapturedOutput output) throws Exception {
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			responses.add(get("/", VISITOR_A, FIREFOX, Map.of()));
		}
		responses.add(get("/", VISITOR_B, IPHONE, Map.of()));
		// The second is served from the page cache: counted all the same.
		responses.add(get("/realisations", VISITOR_A, FIREFOX, Map.of()));
		responses.add(get("/realisations", VISITOR_A, FIREFOX, Map.of()));
		responses.add(get("/contact", VISITOR_B, IPHONE, Map.of("Referer", "https://www.linkedin.com/feed/?trk=abc")));
		// Not counted: a robot, a visitor who opts out, a member of staff, a prefetch.
		get("/", "192.0.2.1", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", Map.of());
		get("/", "192.0.2.2", FIREFOX, Map.of("Sec-GPC", "1"));
		get("/", "192.0.2.3", FIREFOX, Map.of("DNT", "1"));
		get("/", "192.0.2.4", FIREFOX, Map.of("Cookie", "SESSION=abc"));
		get("/", "192.0.2.5", FIREFOX, Map.of("Sec-Purpose", "prefetch"));
		// No cookie, but the contact form's CSRF token, strictly necessary (and said so
		// on
		// /confidentialite).
		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).allSatisfy(
					(cookie) -> assertThat(response.uri().getPath() + " " + cookie).startsWith("/contact XSRF-TOKEN="));
		});
		this.writer.flush();

		AudienceReport.Period today = this.report.period(1);
		assertThat(this.report.days(today)).singleElement().satisfies((day) -> {
			assertThat(day.views()).isEqualTo(7);
			assertThat(day.visitors()).isEqualTo(2);
		});
		assertThat(this.report.pages(today, 10)).containsExactly(new AudienceReport.Row("/", 4, 2),
				new AudienceReport.Row("/realisations", 2, 1), new AudienceReport.Row("/contact", 1, 1));
		assertThat(this.report.entries(today, 10)).containsExactly(new AudienceReport.Row("/", 2, 2));
		assertThat(this.report.sources(today, "REFERRER", 10))
			.containsExactly(new AudienceReport.Row("linkedin.com", 1, 0));
		assertThat(this.report.sources(today, "DEVICE", 10)).containsExactly(new AudienceReport.Row("Ordinateur", 5, 0),
				new AudienceReport.Row("Téléphone", 2, 0));
		assertThat(this.mvc.get().uri("/admin/statistiques").with(user("chef").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("linkedin.com", "<svg", "Pages les plus vues");

		// Nothing that could tell who came: searched in every column of every table, and
		// in the log.
		for (String secret : List.of(VISITOR_A, VISITOR_B, "PER-essai-A", "PER-essai-B", "trk=abc")) {
			assertThat(everyTextColumnContaining(secret)).as(secret).isEmpty();
			assertThat(output.getAll()).as(secret).doesNotContain(secret);
		}
	}

	@Test
	void aNewDaysSaltGivesEveryVisitorANewIdentity() {
		this.jdbc.update("delete from audience_salt where on_day > current_date");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		for (LocalDate day : List.of(today, today.plusDays(1))) {
			this.recorder.hold(new Hit(day, "/", true, VISITOR_A, FIREFOX, null, Hit.Device.DESKTOP, Map.of()));
		}
		this.writer.flush();
		List<byte[]> salts = this.jdbc.queryForList(
				"select salt from audience_salt where on_day in (?, ?) order by on_day", byte[].class, today,
				today.plusDays(1));
		assertThat(salts).hasSize(2);
		assertThat(salts.get(0)).isNotEqualTo(salts.get(1));
		List<Long> identities = this.jdbc
			.queryForList("select visitor from audience_visit where path = '*' order by on_day", Long.class);
		assertThat(identities).hasSize(2).doesNotHaveDuplicates();
	}

	/**
	 * The page a prospect was reading before the form goes with the request (a page of
	 * this site only), and the statistics count requests by it.
	 */
	@Test
	void theContactFormRemembersThePageItWasOpenedFrom() throws Exception {
		this.jdbc.update("delete from contact_request where email = 'origine@example.com'");
		String page = this.mvc.get()
			.uri("/contact")
			.header("Referer", "http://localhost/realisations/doramar")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("name=\"origin\" value=\"/realisations/doramar\"");
		assertThat(this.mvc.get().uri("/contact").header("Referer", "https://ailleurs.example/page").exchange())
			.bodyText()
			.contains("name=\"origin\" value=\"\"");
		for (String origin : List.of("/realisations/doramar", "https://ailleurs.example/x")) {
			assertThat(this.mvc.post()
				.uri("/contact")
				.param("name", "Prospect d’origine")
				.param("email", "origine@example.com")
				.param("subject", "structure")
				.param("message", "Une demande venue d’une réalisation.")
				.param("submissionKey", java.util.UUID.randomUUID().toString())
				.param("origin", origin)
				.with(csrf())).hasStatus(HttpStatus.FOUND);
		}
		assertThat(this.jdbc.queryForList(
				"select origin_path from contact_request where email = 'origine@example.com' order by id",
				String.class))
			.containsExactly("/realisations/doramar", null);
		assertThat(this.report.contactOrigins(this.report.period(1), 10))
			.contains(new AudienceReport.Row("/realisations/doramar", 1, 0));
		this.jdbc.update("delete from contact_request where email = 'origine@example.com'");
	}

	/**
	 * Two instances on one database, each with its own tally, writing at the same moment:
	 * every view is counted, and a visitor seen by both counts once.
	 */
	@Test
	void twoInstancesWritingAtOnceLoseNoCount() throws Exception {
		AudienceRecorder otherRecorder = new AudienceRecorder(this.publicPages, this.site, this.properties, this.clock);
		AudienceWriter otherWriter = new AudienceWriter(otherRecorder, this.jdbc, this.transactions, this.properties,
				this.clock);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")));
		for (int round = 0; round < 5; round++) {
			for (int i = 0; i < 60; i++) {
				// Visitors 0–39 reach this instance, 20–59 the other: 60 in all.
				AudienceRecorder instance = (i < 40) ? this.recorder : otherRecorder;
				for (String path : List.of("/", "/realisations")) {
					instance
						.hold(new Hit(today, path, true, "10.9.0." + i, FIREFOX, null, Hit.Device.DESKTOP, Map.of()));
				}
				if (i >= 20 && i < 40) {
					otherRecorder
						.hold(new Hit(today, "/", true, "10.9.0." + i, FIREFOX, null, Hit.Device.DESKTOP, Map.of()));
				}
			}
			java.util.concurrent.CompletableFuture<Integer> one = java.util.concurrent.CompletableFuture
				.supplyAsync(this.writer::flush);
			java.util.concurrent.CompletableFuture<Integer> two = java.util.concurrent.CompletableFuture
				.supplyAsync(otherWriter::flush);
			assertThat(one.get()).isPositive();
			assertThat(two.get()).isPositive();
		}
		AudienceReport.Period period = this.report.period(1);
		assertThat(this.report.pages(period, 10)).containsExactlyInAnyOrder(new AudienceReport.Row("/", 400, 60),
				new AudienceReport.Row("/realisations", 300, 60));
		assertThat(this.report.days(period)).singleElement()
			.satisfies((day) -> assertThat(day.visitors()).isEqualTo(60));
	}

	@Test
	void anAddressNotFoundThreeTimesIsReportedAndARedirectMadeFromItAnswers301() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(get("/ancien-site/references.html", VISITOR_A, FIREFOX,
					Map.of("Referer", "https://www.annuaire-btp.example/bureaux-etudes"))
				.statusCode()).isEqualTo(404);
		}
		get("/wp-login.php", VISITOR_B, IPHONE, Map.of());
		get("/.env", VISITOR_B, IPHONE, Map.of());
		this.writer.flush();
		assertThat(this.report.brokenAddresses(10))
			.extracting(AudienceReport.BrokenAddress::path, AudienceReport.BrokenAddress::hits)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/ancien-site/references.html", 3L),
					org.assertj.core.groups.Tuple.tuple(AudienceRecorder.ATTACKS, 2L));
		assertThat(this.mvc.get().uri("/admin/adresses-introuvables").with(user("chef").roles("EDITOR"))).bodyText()
			.contains("/ancien-site/references.html", "annuaire-btp.example",
					"/admin/redirections?de=/ancien-site/references.html");
		assertThat(this.mvc.get()
			.uri("/admin/redirections?de=/ancien-site/references.html")
			.with(user("chef").roles("EDITOR"))).bodyText().contains("value=\"/ancien-site/references.html\"");
		assertThat(this.mvc.post()
			.uri("/admin/redirections")
			.param("fromPath", "/ancien-site/references.html")
			.param("toPath", "/realisations")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		HttpResponse<String> moved = get("/ancien-site/references.html", VISITOR_A, FIREFOX, Map.of());
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(this.report.brokenAddresses(10)).extracting(AudienceReport.BrokenAddress::path)
			.containsExactly(AudienceRecorder.ATTACKS);
	}

	private HttpResponse<String> get(String path, String client, String userAgent, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("User-Agent", userAgent)
			.header("X-Forwarded-For", client);
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<String> everyTextColumnContaining(String secret) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = this.jdbc.queryForList("select table_name, column_name from "
				+ "information_schema.columns where table_schema = current_schema and data_type in "
				+ "('CHARACTER VARYING', 'character varying', 'text', 'CHARACTER LARGE OBJECT', 'VARCHAR')");
		assertThat(columns).hasSizeGreaterThan(20);
		for (Map<String, Object> column : columns) {
			String table = column.get("table_name").toString();
			String name = column.get("column_name").toString();
			Integer count = this.jdbc.queryForObject(
					"select count(*) from " + table + " where cast(" + name + " as varchar(100000)) like ?",
					Integer.class, "%" + secret + "%");
			if (count != null && count > 0) {
				found.add(table + "." + name);
			}
		}
		return found;
	}

}
