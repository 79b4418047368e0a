package fr.peringenierie.site.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fr.peringenierie.site.SampleContent;
import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.careers.JobOffer;
import fr.peringenierie.site.careers.JobOfferEditor;
import fr.peringenierie.site.news.NewsEditor;
import fr.peringenierie.site.news.NewsPost;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured data of the public pages (the organization, breadcrumbs, a project, a
 * news article, a job posting) passes Adobe's structured-data validator, which checks
 * schema.org objects against Google's rich-result requirements: no error. The validator
 * (npm {@code @adobe/structured-data-validator} with {@code @marbec/web-auto-extractor})
 * is found in {@code .tools/}, where {@code .ci/run} installs it; without it (or without
 * Node.js) the test is skipped, except in CI.
 */
@SiteIntegrationTest
class StructuredDataValidationTests {

	static final Path TOOLS = Path.of(".tools");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsEditor news;

	@Autowired
	JobOfferEditor offers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPagesStructuredDataMeetsTheRichResultRequirements() throws Exception {
		if (!Files.isDirectory(TOOLS.resolve("node_modules/@adobe/structured-data-validator"))) {
			String message = "validateur introuvable : npm install --prefix .tools @adobe/structured-data-validator @marbec/web-auto-extractor";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
		Path script = TOOLS.resolve("check-structured-data.mjs");
		try (InputStream source = getClass().getResourceAsStream("/structured-data/check.mjs")) {
			Files.copy(source, script, StandardCopyOption.REPLACE_EXISTING);
		}
		Path directory = Files.createDirectories(Path.of("target", "structured-data"));
		List<String> files = new ArrayList<>();
		try {
			NewsPost post = this.transactions.execute((status) -> SampleContent.publishedPost(this.news));
			JobOffer offer = this.transactions
				.execute((status) -> SampleContent.openOffer(this.offers, LocalDate.now().plusDays(10)));
			for (String path : List.of("/", "/edito", "/departements/structure", "/realisations/doramar", "/equipe",
					post.getAddress(), "/actualites", offer.getAddress(), "/recrutement")) {
				String html = this.mvc.get()
					.uri(path)
					.exchange()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				Path file = directory.resolve(path.substring(1).replaceAll("[^A-Za-z0-9]+", "_") + "_.html");
				Files.writeString(file, html, StandardCharsets.UTF_8);
				files.add(file.toAbsolutePath().toString());
			}
			assertThat(Files.readString(Path.of(files.get(7)))).contains("\"@type\":\"JobPosting\"");
			assertThat(Files.readString(Path.of(files.get(5)))).contains("\"@type\":\"NewsArticle\"");
		}
		finally {
			this.jdbc.update("delete from job_offer");
			this.jdbc.update("delete from news_post");
		}
		List<String> command = new ArrayList<>(List.of("node", script.getFileName().toString()));
		command.addAll(files);
		Process process;
		try {
			process = new ProcessBuilder(command).directory(TOOLS.toFile()).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw ex;
			}
			Assumptions.abort("Node.js introuvable : " + ex.getMessage());
			return;
		}
		String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(report).as("validateur de données structurées").isEmpty();
		assertThat(process.exitValue()).isZero();
	}

}
