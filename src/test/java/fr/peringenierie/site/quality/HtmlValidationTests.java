package fr.peringenierie.site.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fr.peringenierie.site.AdminPages;
import fr.peringenierie.site.SampleContent;
import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.careers.ApplicationForm;
import fr.peringenierie.site.careers.Applications;
import fr.peringenierie.site.careers.JobOffer;
import fr.peringenierie.site.careers.JobOfferEditor;
import fr.peringenierie.site.news.NewsEditor;
import fr.peringenierie.site.news.NewsPost;
import fr.peringenierie.site.revision.Drafts;
import fr.peringenierie.site.sitewide.PageText;
import fr.peringenierie.site.sitewide.PageTextRepository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every public and admin page passes the W3C Nu HTML checker ({@code vnu.jar} from the
 * npm package vnu-jar, run with the JDK) without a single error. The checker is found at
 * {@code VNU_JAR} or in {@code .tools/}, where {@code .ci/run} installs it; without it
 * the test is skipped, except in CI.
 */
@SiteIntegrationTest
class HtmlValidationTests {

	static final Path VNU = Path
		.of(System.getenv().getOrDefault("VNU_JAR", ".tools/node_modules/vnu-jar/build/dist/vnu.jar"));

	static final List<String> PUBLIC_PAGES = List.of("/", "/edito", "/histoire", "/departements",
			"/departements/structure", "/departements/energies", "/departements/moe", "/departements/amo", "/equipe",
			"/moyens-techniques", "/realisations", "/realisations?ville=Montpellier&annee=2012",
			"/realisations?annee=pas-un-nombre", "/realisations/doramar", "/contact", "/contact/merci",
			"/mentions-legales", "/confidentialite", "/plan-du-site", "/admin/login",
			"/admin/login?erreur=identifiants", "/actualites", "/actualites?categorie=concours", "/recrutement",
			"/recrutement/candidature", "/recrutement/merci");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PageTextRepository texts;

	@Autowired
	Drafts drafts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NewsEditor news;

	@Autowired
	JobOfferEditor offers;

	@Autowired
	Applications applications;

	@Test
	void everyPageIsValidHtml() throws Exception {
		if (!Files.isReadable(VNU)) {
			String message = "vnu.jar introuvable (" + VNU + ") : npm install --prefix .tools vnu-jar";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
		Path directory = Files.createDirectories(Path.of("target", "html-validation"));
		List<String> files = new ArrayList<>();
		for (String path : PUBLIC_PAGES) {
			files.add(save(directory, path, null));
		}
		for (String path : AdminPages.ALL) {
			files.add(save(directory, path, user("chef").roles("ADMIN")));
		}
		for (String path : AdminPages.CONTRIBUTORS) {
			files.add(save(directory, path + (path.contains("?") ? "&" : "?") + "contributeur",
					user("contributrice").roles("CONTRIBUTOR")));
		}
		// The screens of a text with a history and a proposal: two versions, then a
		// draft proposed for review.
		PageText text = this.texts.findAllByOrderByPosition().get(0);
		long id = text.getId();
		String original = text.getBody();
		try {
			this.transactions
				.executeWithoutResult((status) -> this.texts.findById(id).orElseThrow().setBody(original + " (v2)"));
			this.transactions.executeWithoutResult((status) -> this.texts.findById(id).orElseThrow().setBody(original));
			this.drafts.propose(PageText.class, id,
					() -> this.texts.findById(id).orElseThrow().setBody(original + " (brouillon)"));
			Long oldest = this.jdbc.queryForObject(
					"select min(id) from revision where item_type = 'PageText' and item_id = ?", Long.class, id);
			for (String path : List.of("/admin/historique/texte/" + id, "/admin/historique/texte/" + id + "/" + oldest,
					"/admin/textes/" + id, "/admin/textes", "/admin/brouillons", "/admin/relecture",
					"/admin/relecture?vide")) {
				files.add(save(directory, path, user("chef").roles("ADMIN")));
			}
		}
		finally {
			this.jdbc.update("delete from content_draft");
			this.jdbc.update("delete from revision");
		}
		// A post, an offer and an application: their public pages and their screens.
		try {
			NewsPost post = this.transactions.execute((status) -> SampleContent.publishedPost(this.news));
			JobOffer offer = this.transactions
				.execute((status) -> SampleContent.openOffer(this.offers, LocalDate.now().plusDays(10)));
			ApplicationForm form = ApplicationForm.blank();
			form.setName("Jeanne Martin");
			form.setEmail("jeanne.martin@example.org");
			form.setMessage("Bonjour,\nvoici ma candidature.");
			long application = this.applications
				.receive(form, offer, new Applications.CheckedFile("cv.pdf", SampleContent.cv(), 1), null)
				.getId();
			for (String path : List.of(post.getAddress(), "/actualites", "/", offer.getAddress(),
					offer.getAddress() + "/candidature", "/recrutement", "/realisations/doramar")) {
				files.add(save(directory, path + "?avec-contenu", null));
			}
			for (String path : List.of("/admin/actualites", "/admin/actualites/" + post.getId(), "/admin/recrutement",
					"/admin/recrutement/offres/" + offer.getId(), "/admin/recrutement/candidatures",
					"/admin/recrutement/candidatures/" + application,
					"/admin/recrutement/candidatures/" + application + "/effacer")) {
				files.add(save(directory, path + "?avec-contenu", user("chef").roles("ADMIN")));
			}
		}
		finally {
			this.jdbc.update("delete from job_application");
			this.jdbc.update("delete from job_offer");
			this.jdbc.update("delete from news_post");
			this.jdbc.update("delete from outgoing_mail");
		}
		List<String> command = new ArrayList<>(
				List.of(javaExecutable(), "-jar", VNU.toString(), "--errors-only", "--format", "gnu"));
		command.addAll(files);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(report).as("Nu HTML checker").isEmpty();
		assertThat(process.exitValue()).isZero();
	}

	private String save(Path directory, String path, RequestPostProcessor user) throws IOException {
		var request = this.mvc.get().uri(path);
		if (user != null) {
			request = request.with(user);
		}
		String html = request.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as(path).startsWith("<!DOCTYPE html>");
		Path file = directory.resolve(path.substring(1).replaceAll("[^A-Za-z0-9]+", "_") + "_.html");
		Files.writeString(file, html, StandardCharsets.UTF_8);
		return file.toString();
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
