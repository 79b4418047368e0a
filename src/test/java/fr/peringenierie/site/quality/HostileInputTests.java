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

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends to any route, the answer is a 4xx in French, never a 5xx, and
 * never reveals a stack trace, a framework, a server version or SQL.
 */
@SiteIntegrationTest
class HostileInputTests {

	static final List<String> ROUTES = List.of("/", "/edito", "/histoire", "/departements", "/departements/structure",
			"/equipe", "/moyens-techniques", "/realisations", "/realisations/doramar", "/realisations/doramar/image",
			"/contact", "/contact/merci", "/mentions-legales", "/confidentialite", "/sitemap.xml", "/robots.txt",
			"/admin/login", "/admin", "/admin/demandes", "/actuator/health");

	static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "Whitelabel", "Tomcat",
			"springframework", "Hibernate", "SQLState", "syntax error", "stack trace", "jdbc");

	@LocalServerPort
	int port;

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
