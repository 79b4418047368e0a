package fr.peringenierie.site.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import fr.peringenierie.site.web.SecurityHeaders;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Tomcat answers some malformed requests (an invalid URL encoding, a broken header)
 * before Spring sees them, with its own English page naming the server. This replaces
 * that page with a static French one, sent with the application's security headers.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorPageConfiguration {

	static final String PAGE = "tomcat/error.html";

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> frenchTomcatErrorPage() {
		Path page = copyToFile();
		return (factory) -> factory.addContextCustomizers((context) -> {
			Container host = context.getParent();
			if (host instanceof StandardHost standardHost) {
				ErrorReportValve valve = new SecureErrorReportValve();
				valve.setShowReport(false);
				valve.setShowServerInfo(false);
				valve.setProperty("errorCode.0", page.toString());
				// The host adds its default valve on start only when none is present.
				standardHost.getPipeline().addValve(valve);
			}
		});
	}

	/**
	 * Tomcat's own error answers carry the headers the application's do: they are pages
	 * of this site too.
	 */
	static final class SecureErrorReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (response.getStatus() >= 400 && !response.isCommitted()) {
				SecurityHeaders.writeTo(response);
			}
			super.report(request, response, throwable);
		}

	}

	private static Path copyToFile() {
		try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
			Path file = Files.createTempFile("per-erreur-", ".html");
			file.toFile().deleteOnExit();
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Page d’erreur introuvable : " + PAGE, ex);
		}
	}

}
