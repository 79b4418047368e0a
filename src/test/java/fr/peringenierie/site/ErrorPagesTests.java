package fr.peringenierie.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors reach visitors over real HTTP as French pages, whatever they asked for, with
 * nothing of the inside: no stack trace, no framework or server name.
 */
@SiteIntegrationTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/page-qui-n-existe-pas", "/departements/inconnu", "/realisations/inconnue",
			"/realisations/inconnue/plus/loin", "/css/absent.css" })
	void unknownAddressesAnswer404WithTheFrenchPage(String path) throws Exception {
		HttpResponse<String> response = get(path, "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"fr\">", "Page introuvable", "Retour à l’accueil")
			.doesNotContain("Whitelabel", "Exception", "Tomcat");
	}

	@Test
	void errorsAreFrenchPagesEvenForClientsThatAskForJson() throws Exception {
		HttpResponse<String> response = get("/page-qui-n-existe-pas", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page introuvable").doesNotContain("\"timestamp\"");
	}

	@Test
	void wrongMethodIsRefusedWithAFrenchPage() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/edito"))
			.method("PATCH", HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html")
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).contains("<html lang=\"fr\">").doesNotContain("Exception", "Tomcat");
	}

	@Test
	void malformedUrlEncodingGetsTheStaticFrenchPage() throws IOException {
		String response = rawRequest("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400").contains("Demande invalide").doesNotContain("Tomcat");
	}

	@Test
	void malformedHostHeaderGetsTheStaticFrenchPage() throws IOException {
		String response = rawRequest("GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400").contains("Demande invalide").doesNotContain("Tomcat");
	}

	@Test
	void oversizedHeadersAreRefusedWithoutAServerPage() throws IOException {
		String response = rawRequest(
				"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
		assertThat(response).matches("(?s)HTTP/1.1 4\\d\\d.*").doesNotContain("Tomcat", "Exception");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Accept", accept).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private String rawRequest(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
