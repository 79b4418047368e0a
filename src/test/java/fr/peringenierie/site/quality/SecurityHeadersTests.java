package fr.peringenierie.site.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response, public, admin or error, carries the headers that keep visitors safe.
 */
@SiteIntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/departements/structure", "/realisations", "/contact", "/admin/login", "/admin",
			"/page-inconnue", "/realisations/inconnue", "/css/site.css", "/sitemap.xml" })
	void everyResponseCarriesStrictSecurityHeaders(String path) throws Exception {
		// Twice: the second answer of a public page comes from the page cache.
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					BodyHandlers.ofString());
			assertSecurityHeaders(response);
		}
	}

	/**
	 * Requests Tomcat answers itself, before the application sees them: its French page
	 * carries the same headers.
	 */
	@Test
	void tomcatsOwnErrorAnswersCarryTheSameHeaders() throws Exception {
		String cookie = "Cookie: gros=" + "x".repeat(20_000) + "\r\n";
		StringBuilder parameters = new StringBuilder("p0=0");
		for (int i = 1; i <= 1_100; i++) {
			parameters.append("&p").append(i).append('=').append(i);
		}
		for (String request : List.of("GET /%zz HTTP/1.1\r\n", "GET /realisations/%zz HTTP/1.1\r\n",
				"GET /admin/../%2e%2e/etc HTTP/1.1\r\n", "GET /a;b/../admin HTTP/1.1\r\n",
				"GET / HTTP/1.1\r\n" + cookie, "TRACE / HTTP/1.1\r\n",
				"GET /realisations?" + parameters + " HTTP/1.1\r\n")) {
			String answer = raw(request + "Host: localhost\r\nConnection: close\r\n\r\n");
			String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
			String status = head.lines().findFirst().orElse("");
			assertThat(status).as(request).matches("http/1.1 4\\d\\d.*");
			assertThat(head).as(request)
				.contains("content-security-policy: default-src 'self'", "x-content-type-options: nosniff",
						"x-frame-options: deny", "referrer-policy: strict-origin-when-cross-origin");
		}
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private static void assertSecurityHeaders(HttpResponse<String> response) {
		var headers = response.headers();
		String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp)
			.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
					"object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Server")).isEmpty();
		assertThat(headers.firstValue("X-Powered-By")).isEmpty();
		assertThat(headers.firstValue("Strict-Transport-Security")).as("pas de HSTS en HTTP").isEmpty();
		assertThat(headers.allValues("Content-Security-Policy")).hasSize(1);
	}

	@Test
	void httpsResponsesAddHsts() {
		assertThat(this.mvc.get().uri("https://localhost/").secure(true)).headers()
			.hasValue("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
	}

	@Test
	void formTokenCookiesAreHttpOnlyAndSameSite() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/contact")).build(),
				BodyHandlers.ofString());
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).contains("XSRF-TOKEN=", "HttpOnly", "SameSite=Strict").doesNotContain("Secure");
	}

	@Test
	void cookiesAreSecureBehindAnHttpsProxy() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/contact"))
				.header("X-Forwarded-Proto", "https")
				.build(), BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void cachedPagesKeepHstsForHttpsAndOnlyForHttps() throws Exception {
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> https = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/histoire"))
					.header("X-Forwarded-Proto", "https")
					.build(), BodyHandlers.ofString());
			assertThat(https.headers().firstValue("Strict-Transport-Security")).isPresent();
			HttpResponse<String> http = this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/histoire")).build(),
					BodyHandlers.ofString());
			assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
		}
	}

}
