package fr.peringenierie.site.quality;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import fr.peringenierie.site.company.EditoRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A NUL byte or another control character in a form or a query: a French 400, the form
 * back with the field's message, nothing stored, on H2 as on PostgreSQL (which cannot
 * store a NUL at all).
 */
@SiteIntegrationTest
@Transactional
class ControlCharactersTests {

	static final List<String> HOSTILE = List.of("\u0000", "avant\u0000après", "\u001b[31m", "\u0007", "\u007f",
			"\u0085");

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	EditoRepository editos;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aControlCharacterInAFormIsRefusedWithAFrenchMessageAndNothingIsStored() {
		var edito = this.editos.findAll().get(0);
		String title = edito.getTitle();
		for (String hostile : HOSTILE) {
			assertRefused(this.staff.post("/admin/edito")
				.param("title", "Titre " + hostile)
				.param("body", edito.getBody())
				.param("signatoryName", edito.getSignatoryName())
				.param("signatoryTitle", edito.getSignatoryTitle())
				.param("version", Long.toString(edito.getVersion()))
				.exchange());
			assertRefused(this.staff.post("/admin/equipe").param("label", "Métier " + hostile).exchange());
			assertRefused(this.staff.get("/admin/demandes").param("q", hostile).exchange());
			assertRefused(this.mvc.get().uri("/realisations").param("ville", hostile).exchange());
		}
		this.staff.flush();
		assertThat(this.editos.findAll().get(0).getTitle()).isEqualTo(title);
		assertThat(
				this.jdbc.queryForObject("select count(*) from team_role where label like 'Métier %'", Integer.class))
			.isZero();
	}

	@Test
	void aSignInWithANulByteIsAnsweredLikeAnyWrongPassword() {
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", "ad\u0000min")
			.param("password", "x\u0000")
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/login?erreur=identifiants");
	}

	@Test
	void tabsAndLineBreaksAreText() {
		assertThat(this.staff.get("/admin/demandes").param("q", "un\tdeux\r\ntrois")).hasStatusOk();
	}

	/**
	 * On the real server, as a browser sends it (MockMvc's {@code csrf()} would leave the
	 * application's token repository switched to the session for the rest of the run).
	 */
	@Test
	void aProspectsMessageWithANulByteIsRefusedAndNotStored() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/contact")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Map<String, String> form = new LinkedHashMap<>();
		Matcher hidden = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(page);
		while (hidden.find()) {
			form.put(hidden.group(1), hidden.group(2));
		}
		form.remove("website");
		form.putAll(Map.of("name", "Prospect", "email", "prospect@example.com", "subject", "structure", "message",
				"Bonjour \u0000 !"));
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/contact"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		// The form comes back with the field's message and what was typed.
		assertThat(response.body()).contains("Le message contient des caractères de contrôle", "Prospect");
		assertThat(
				this.jdbc.queryForObject("select count(*) from contact_request where name = 'Prospect'", Integer.class))
			.isZero();
	}

	@Test
	void visitorsReadWhyInFrenchWithTheUsualHeaders() throws Exception {
		for (String query : List.of("/realisations?ville=%00", "/realisations?secteur=%1b",
				"/admin/login?erreur=%00")) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + query)).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.body()).as(query).contains("<html lang=\"fr\">").doesNotContain("Exception");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(query).isPresent();
		}
	}

	private static void assertRefused(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
