package fr.peringenierie.site.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Whatever a client sends to any route, the answer is a 4xx in French, never a 5xx, and
 * never reveals a stack trace, a framework, a server version or SQL.
 */
@SiteIntegrationTest
class HostileInputTests {

	static final List<String> ROUTES = List.of("/", "/edito", "/histoire", "/departements", "/departements/structure",
			"/equipe", "/moyens-techniques", "/realisations", "/realisations/doramar", "/realisations/doramar/image",
			"/contact", "/contact/merci", "/mentions-legales", "/confidentialite", "/plan-du-site", "/sitemap.xml",
			"/robots.txt", "/admin/login", "/admin", "/admin/demandes", "/actuator/health");

	static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "Whitelabel", "Tomcat",
			"springframework", "Hibernate", "SQLState", "syntax error", "stack trace", "jdbc");

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void wrongMethodsOnEveryRouteGetAFrench4xx() throws Exception {
		for (String route : ROUTES) {
			for (String method : List.of("PUT", "DELETE", "PATCH")) {
				HttpResponse<String> response = send(method, route, null);
				assertThat(response.statusCode()).as(method + " " + route).isBetween(400, 499);
				assertSafe(method + " " + route, response.body());
			}
		}
	}

	@Test
	void badQueryParametersNeverBreakAPage() throws Exception {
		for (String route : ROUTES) {
			for (String query : List.of("?annee=%27%3B--", "?ville=%3Cscript%3E", "?page=-1", "?page=abc",
					"?statut=INCONNU", "?du=31-02-2026", "?annee=99999999999999999999", "?q=" + "a".repeat(3000))) {
				HttpResponse<String> response = send("GET", route + query, null);
				assertThat(response.statusCode()).as(route + query).isLessThan(500);
				assertSafe(route + query, response.body());
				assertThat(response.body()).as(route + query).doesNotContain("<script>");
			}
		}
	}

	@Test
	void malformedUrlsGetAFrench4xx() throws IOException {
		for (String target : List.of("/%", "/%zz", "/realisations/%c0%ae%c0%ae", "/..%2f..%2fetc%2fpasswd",
				"/realisations/" + "x".repeat(5000), "/;jsessionid=x/../admin", "/admin/..;/admin")) {
			String response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(response).as(target).matches("(?s)HTTP/1.1 4\\d\\d.*");
			assertSafe(target, response);
		}
	}

	@Test
	void oversizedAndBrokenHeadersGetA4xx() throws IOException {
		for (String request : List.of(
				"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
				"GET / HTTP/1.1\r\nHost: localhost\r\nBroken header line\r\nConnection: close\r\n\r\n",
				"GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n",
				"GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\nConnection: close\r\n\r\n")) {
			String response = raw(request);
			assertThat(response).as(request.substring(0, 40)).matches("(?s)HTTP/1.1 4\\d\\d.*");
			assertSafe("en-tête", response);
		}
	}

	@Test
	void malformedMultipartBodiesGetA4xx() throws Exception {
		HttpResponse<String> response = send("POST", "/contact", HttpRequest.BodyPublishers
			.ofString("--limite\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nsans fin"));
		assertThat(response.statusCode()).isBetween(400, 499);
		assertSafe("multipart", response.body());
	}

	@Test
	void unsupportedContentTypesAndHugeBodiesGetA4xx() throws Exception {
		HttpRequest json = HttpRequest.newBuilder(uri("/contact"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))
			.build();
		HttpResponse<String> response = this.http.send(json, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isBetween(400, 499);
		assertSafe("json", response.body());
		HttpRequest huge = HttpRequest.newBuilder(uri("/contact"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("message=" + "x".repeat(3_000_000)))
			.build();
		HttpResponse<String> hugeResponse = this.http.send(huge, HttpResponse.BodyHandlers.ofString());
		assertThat(hugeResponse.statusCode()).isBetween(400, 499);
	}

	@Test
	void absurdPagingInTheBackOfficeGetsAPageNotAnError() {
		for (String route : List.of("/admin/demandes", "/admin/journal")) {
			for (String page : List.of("2147483647", "2147483646", "1073741824", "99999999999", "-2147483648")) {
				assertThat(this.mvc.get()
					.uri(route)
					.param("page", page)
					.with(user("chef").roles("ADMIN"))
					.exchange()
					.getResponse()
					.getStatus()).as(route + "?page=" + page).isBetween(200, 499);
			}
		}
	}

	@Test
	void anyNumberOfPreferredLanguagesIsAnsweredNormally() throws Exception {
		String languages = String.join(",",
				List.of("fr-FR", "fr;q=0.9", "en-US;q=0.8", "en;q=0.7", "de;q=0.6", "es;q=0.5", "it;q=0.4", "pt;q=0.3",
						"nl;q=0.2", "pl;q=0.1", "sv;q=0.1", "da;q=0.1", "fi;q=0.1", "cs;q=0.1", "ja;q=0.1", "zh;q=0.1",
						"ko;q=0.1", "ru;q=0.1", "ar;q=0.1", "he;q=0.1"));
		for (String route : List.of("/", "/equipe", "/contact", "/admin/login", "/page-absente")) {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(uri(route)).header("Accept-Language", languages).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(route).isIn(200, 404);
			assertThat(response.body()).as(route).contains("<html lang=\"fr\">");
		}
	}

	@Test
	void forwardedHostHeadersFromAnUntrustedClientReachNoLinkAndNoRedirect() throws Exception {
		for (String route : List.of("/admin", "/admin/edito", "/contact", "/")) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(route))
				.header("X-Forwarded-Host", "piege.example")
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Port", "443")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Location").orElse("")).as(route).doesNotContain("piege.example");
			assertThat(response.body()).as(route).doesNotContain("piege.example");
		}
		HttpResponse<String> actuator = send("GET", "/actuator", null);
		assertThat(actuator.statusCode()).isEqualTo(404);
		assertThat(actuator.body()).doesNotContain("\"_links\"", "\"href\"");
	}

	@Test
	void visitorsWhoOnlyReadPagesGetNoServerSession() throws Exception {
		for (String route : List.of("/", "/contact", "/realisations", "/equipe", "/contact/merci", "/admin/login")) {
			HttpResponse<String> response = send("GET", route, null);
			assertThat(response.statusCode()).as(route).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(route)
				.noneMatch((cookie) -> cookie.startsWith("JSESSIONID") || cookie.startsWith("SESSION="));
		}
	}

	private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body != null) ? body : HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html");
		if (body != null) {
			request.header("Content-Type", "multipart/form-data; boundary=limite");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void assertSafe(String what, String body) {
		for (String leak : LEAKS) {
			assertThat(body).as(what).doesNotContainIgnoringCase(leak);
		}
	}

}
