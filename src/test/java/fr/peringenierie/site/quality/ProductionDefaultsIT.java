package fr.peringenierie.site.quality;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import fr.peringenierie.site.SiteProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application as a newcomer starts it, with no configuration at all: no
 * client can make it believe it is served over HTTPS or under another host name, and the
 * supervision endpoints list nothing.
 */
class ProductionDefaultsIT {

	@TempDir
	Path workingDirectory;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void forwardedHeadersFromAnyClientAreIgnoredUntilAProxyIsConfigured() throws Exception {
		Path log = Files.createDirectories(Path.of("target", "crash-test")).resolve("ProductionDefaultsIT.log");
		try (SiteProcess site = SiteProcess.start(this.workingDirectory, log, Map.of())) {
			for (String path : new String[] { "/", "/admin", "/contact" }) {
				HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(site.url(path)))
					.header("X-Forwarded-Host", "piege.example")
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-For", "203.0.113.9")
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
				assertThat(response.headers().allValues("Set-Cookie")).as(path)
					.noneMatch((cookie) -> cookie.contains("Secure") || cookie.startsWith("JSESSIONID")
							|| cookie.startsWith("SESSION="));
				assertThat(response.headers().firstValue("Location").orElse("")).as(path)
					.doesNotContain("piege.example", "https:");
				assertThat(response.body()).as(path).doesNotContain("piege.example");
			}
			HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(site.url("/admin"))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(login.headers().firstValue("Location")).contains("/admin/login");
			assertThat(this.http
				.send(HttpRequest.newBuilder(URI.create(site.url("/actuator"))).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(404);
		}
	}

}
