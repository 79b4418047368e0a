package fr.peringenierie.site.news;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.nio.charset.StandardCharsets;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StructuredData;
import fr.peringenierie.site.revision.Drafts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A post goes through the content core as every content does (created offline, previewed,
 * published or scheduled), and then shows on its page, the list, the home page, the
 * sitemap, the Atom feed (read back by ROME) and the pages it mentions.
 */
@SiteIntegrationTest
class NewsTests {

	private static final RequestPostProcessor EDITOR = user("redaction").roles("EDITOR");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsRepository posts;

	@Autowired
	Drafts drafts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from content_draft");
		this.jdbc.update("delete from news_post");
		this.jdbc.update("delete from page_redirect");
	}

	@Test
	void aPostIsOfflineUntilPublishedThenEverywhereVisitorsLook() throws Exception {
		assertThat(this.mvc.get().uri("/")).bodyText().doesNotContain("Toutes les actualités");
		long id = create("Le parking Saint-Roch est livré");
		NewsPost post = this.posts.findById(id).orElseThrow();
		assertThat(post.getSlug()).isEqualTo("le-parking-saint-roch-est-livre");
		assertThat(this.mvc.get().uri(post.getAddress())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(feed().getEntries()).isEmpty();
		assertThat(this.mvc.get().uri("/admin/apercu/actualite/" + id).with(EDITOR)).hasStatusOk();

		assertThat(save(id, "Le parking Saint-Roch est livré", "publier", "")).hasStatus(HttpStatus.FOUND);

		MvcTestResult page = this.mvc.get().uri(post.getAddress()).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("600 places");
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode article = StructuredData.find(html, "NewsArticle").orElseThrow();
		assertThat(article.path("headline").asString()).isEqualTo("Le parking Saint-Roch est livré");
		assertThat(article.path("datePublished").asString()).isNotBlank();
		assertThat(article.path("dateModified").asString()).isNotBlank();
		assertThat(article.path("publisher").path("name").asString()).isEqualTo("PER INGÉNIERIE");
		assertThat(StructuredData.find(html, "BreadcrumbList").orElseThrow().path("itemListElement")).hasSize(3);
		assertThat(html).contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
			.contains("href=\"/actualites/feed.xml\"");

		assertThat(this.mvc.get().uri("/actualites")).bodyText().contains("Le parking Saint-Roch est livré");
		assertThat(this.mvc.get().uri("/actualites?categorie=concours")).bodyText()
			.doesNotContain("Le parking Saint-Roch est livré");
		assertThat(this.mvc.get().uri("/")).bodyText().contains("Le parking Saint-Roch est livré");
		assertThat(this.mvc.get().uri("/sitemap.xml")).bodyText()
			.contains("/actualites/le-parking-saint-roch-est-livre");

		SyndFeed feed = feed();
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.containsExactly("Le parking Saint-Roch est livré");
		SyndEntry entry = feed.getEntries().get(0);
		assertThat(entry.getLink()).endsWith("/actualites/le-parking-saint-roch-est-livre");
		assertThat(entry.getPublishedDate()).isNotNull();
		assertThat(entry.getContents().get(0).getValue()).contains("<strong>");
	}

	@Test
	void aScheduledPostStaysOutOfTheFeedUntilItsTime() throws Exception {
		long id = create("Concours gagné à Toulouse");
		String inAnHour = LocalDateTime.now(ZoneId.of("Europe/Paris"))
			.plusHours(1)
			.withSecond(0)
			.withNano(0)
			.toString();
		assertThat(save(id, "Concours gagné à Toulouse", "programmer", inAnHour)).hasStatus(HttpStatus.FOUND);
		assertThat(feed().getEntries()).isEmpty();
		assertThat(this.mvc.get().uri("/actualites")).bodyText().doesNotContain("Concours gagné à Toulouse");
		assertThat(this.drafts.publishDue(Instant.now())).isZero();
		assertThat(feed().getEntries()).isEmpty();

		assertThat(this.drafts.publishDue(Instant.now().plus(Duration.ofHours(2)))).isOne();
		assertThat(feed().getEntries()).extracting(SyndEntry::getTitle).containsExactly("Concours gagné à Toulouse");
		assertThat(this.mvc.get().uri("/actualites")).bodyText().contains("Concours gagné à Toulouse");
	}

	@Test
	void aPostMentioningAProjectIsListedOnTheProjectsPage() {
		long id = create("DoraMar primé");
		long doramar = this.jdbc.queryForObject("select id from project where slug = 'doramar'", Long.class);
		long structure = this.jdbc.queryForObject("select id from department where slug = 'structure'", Long.class);
		assertThat(this.mvc.post()
			.uri("/admin/actualites/" + id)
			.with(EDITOR)
			.with(csrf())
			.param("title", "DoraMar primé")
			.param("slug", "doramar-prime")
			.param("category", "COMPETITION")
			.param("summary", "Le projet DoraMar reçoit un prix.")
			.param("published", "true")
			.param("version", String.valueOf(this.posts.findById(id).orElseThrow().getVersion()))
			.param("_projects", "on")
			.param("_departments", "on")
			.param("projects", String.valueOf(doramar))
			.param("departments", String.valueOf(structure))
			.param("action", "publier")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/actualites/doramar-prime")).bodyText()
			.contains("/realisations/doramar")
			.contains("/departements/structure");
		assertThat(this.mvc.get().uri("/realisations/doramar")).bodyText()
			.contains("Dans nos actualités")
			.contains("DoraMar primé");
		assertThat(this.mvc.get().uri("/departements/structure")).bodyText().contains("DoraMar primé");
		assertThat(this.mvc.get().uri("/departements/energies")).bodyText().doesNotContain("DoraMar primé");
	}

	@Test
	void oddAddressesGetAPageOrAFrench404() {
		assertThat(this.mvc.get().uri("/actualites?page=abc")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actualites?page=99999999999999")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actualites?page=-3")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actualites?categorie=inconnue")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/actualites/inconnue")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/admin/actualites/nouvelle")
			.with(EDITOR)
			.with(csrf())
			.param("title", "")
			.param("category", "PAS_UNE_CATEGORIE")
			.param("summary", "Chapo garde")).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Chapo garde");
	}

	@Test
	void hostileMarkupTypedInAPostIsCleanedOnItsPageAndInTheFeed() throws Exception {
		long id = create("Un texte piégé");
		NewsPost post = this.posts.findById(id).orElseThrow();
		assertThat(this.mvc.post()
			.uri("/admin/actualites/" + id)
			.with(EDITOR)
			.with(csrf())
			.param("title", "Un texte piégé")
			.param("slug", post.getSlug())
			.param("category", "COMPANY")
			.param("summary", "<b>Chapo</b> <script>alert(1)</script>")
			.param("body",
					"<p onclick=\"alert(2)\">Texte <img src=x onerror=alert(3)><script>alert(4)</script>"
							+ "<a href=\"javascript:alert(5)\">lien</a></p>")
			.param("published", "true")
			.param("version", String.valueOf(post.getVersion()))
			.param("action", "publier")).hasStatus(HttpStatus.FOUND);
		for (String content : List.of(body(post.getAddress()), body("/actualites/feed.xml"), body("/actualites"))) {
			assertThat(content).doesNotContain("<script>alert", "onclick", "onerror", "javascript:alert")
				.doesNotContainIgnoringCase("<img src=x");
		}
	}

	private String body(String path) throws Exception {
		return new String(this.mvc.get().uri(path).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	private long create(String title) {
		assertThat(this.mvc.post()
			.uri("/admin/actualites/nouvelle")
			.with(EDITOR)
			.with(csrf())
			.param("title", title)
			.param("category", "DELIVERED")
			.param("summary", "Le parking Saint-Roch est livré : 600 places sous la gare.")
			.param("body", "<p>Un chantier mené avec <strong>nos trois départements</strong>.</p>"))
			.hasStatus(HttpStatus.FOUND);
		return this.posts.findAll()
			.stream()
			.filter((post) -> post.getTitle().equals(title))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private MvcTestResult save(long id, String title, String action, String publishAt) {
		NewsPost post = this.posts.findById(id).orElseThrow();
		return this.mvc.post()
			.uri("/admin/actualites/" + id)
			.with(EDITOR)
			.with(csrf())
			.param("title", title)
			.param("slug", post.getSlug())
			.param("category", post.getCategory().name())
			.param("summary", post.getSummary())
			.param("body", "<p>Un chantier mené avec <strong>nos trois départements</strong>.</p>")
			.param("published", "true")
			.param("version", String.valueOf(post.getVersion()))
			.param("action", action)
			.param("publishAt", publishAt)
			.exchange();
	}

	private SyndFeed feed() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/actualites/feed.xml").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		SyndFeed feed = new SyndFeedInput()
			.build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		return feed;
	}

}
