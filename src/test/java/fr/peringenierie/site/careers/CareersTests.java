package fr.peringenierie.site.careers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.peringenierie.site.SampleContent;
import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StructuredData;
import fr.peringenierie.site.admin.StaffAccounts;
import fr.peringenierie.site.admin.StaffUserRepository;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * An offer goes online with its JobPosting markup and leaves by itself after its closing
 * date; a candidate applies with a PDF, which only signed-in editors and administrators
 * download, as an attachment; what is not a safe PDF is refused with everything typed
 * kept; an application not retained is erased after the retention period.
 */
@SiteIntegrationTest
class CareersTests {

	private static final RequestPostProcessor EDITOR = user("redaction").roles("EDITOR");

	private static final RequestPostProcessor ADMIN = user("direction").roles("ADMIN");

	private static final RequestPostProcessor CONTRIBUTOR = user("contributrice").roles("CONTRIBUTOR");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JobOfferEditor offers;

	@Autowired
	Applications applications;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private int client;

	/** The key the next forms carry; a new one for each when {@code null}. */
	private String submissionKey;

	@BeforeEach
	void aReviewerWithAnAddress() {
		this.accounts.create("lectrice", "un-mot-de-passe-de-lectrice", StaffRole.EDITOR);
		this.accounts.changeOwnEmail("lectrice", "lectrice@per-ingenierie.test");
		this.jdbc.update("delete from outgoing_mail");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from job_application");
		this.jdbc.update("delete from content_draft");
		this.jdbc.update("delete from job_offer");
		this.jdbc.update("delete from page_redirect");
		this.jdbc.update("delete from outgoing_mail");
		this.users.findByUsernameIgnoreCase("lectrice").ifPresent(this.users::delete);
	}

	@Test
	void anOfferGoesOnlineWithItsMarkupAndLeavesAfterItsClosingDate() {
		assertThat(this.mvc.post()
			.uri("/admin/recrutement/offres/nouvelle")
			.with(EDITOR)
			.with(csrf())
			.param("title", "Projeteur structure")
			.param("place", "TOULOUSE")
			.param("contract", "PERMANENT")
			.param("closesOn", LocalDate.now().plusDays(20).toString())
			.param("description", "<p>Projeteur en structure <em>béton armé</em>.</p>")).hasStatus(HttpStatus.FOUND);
		JobOffer offer = this.offers.all().get(0);
		assertThat(offer.getSlug()).isEqualTo("projeteur-structure");
		assertThat(this.mvc.get().uri("/recrutement/projeteur-structure")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/admin/recrutement/offres/" + offer.getId())
			.with(EDITOR)
			.with(csrf())
			.param("title", "Projeteur structure")
			.param("slug", "projeteur-structure")
			.param("place", "TOULOUSE")
			.param("contract", "PERMANENT")
			.param("closesOn", offer.getClosesOn().toString())
			.param("description", offer.getDescription())
			.param("published", "true")
			.param("version", String.valueOf(offer.getVersion()))
			.param("action", "publier")).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/recrutement")).bodyText().contains("Projeteur structure");
		// The offers' pages carry no form token: the page cache keeps them.
		assertThat(this.mvc.get().uri("/recrutement").exchange().getResponse().getHeader(HttpHeaders.SET_COOKIE))
			.isNull();
		assertThat(this.mvc.get().uri("/recrutement/projeteur-structure").exchange().getResponse().getHeader("ETag"))
			.isNotNull();
		assertThat(this.mvc.get().uri("/sitemap.xml")).bodyText().contains("/recrutement/projeteur-structure");
		String page = body(this.mvc.get().uri("/recrutement/projeteur-structure").exchange());
		JsonNode posting = StructuredData.find(page, "JobPosting").orElseThrow();
		for (String required : List.of("title", "description", "datePosted", "validThrough", "employmentType")) {
			assertThat(posting.path(required).asString()).as(required).isNotBlank();
		}
		assertThat(posting.path("hiringOrganization").path("name").asString()).isEqualTo("PER INGÉNIERIE");
		assertThat(posting.path("jobLocation").path("address").path("addressLocality").asString())
			.isEqualTo("Toulouse");
		assertThat(posting.path("jobLocation").path("address").path("addressCountry").asString()).isEqualTo("FR");
		assertThat(posting.path("employmentType").asString()).isEqualTo("FULL_TIME");

		// The closing date passes: the list, still in the page cache, is refreshed by the
		// job that notices it, on every instance.
		this.jdbc.update("update job_offer set closes_on = ?", LocalDate.now().minusDays(1));
		assertThat(this.offers.noticeClosedOffers()).isOne();
		assertThat(this.offers.noticeClosedOffers()).isZero();
		assertThat(this.mvc.get().uri("/recrutement")).bodyText().doesNotContain("Projeteur structure");
		assertThat(this.mvc.get().uri("/sitemap.xml")).bodyText().doesNotContain("/recrutement/projeteur-structure");
		MvcTestResult closed = this.mvc.get().uri("/recrutement/projeteur-structure").exchange();
		assertThat(closed).hasStatus(HttpStatus.GONE).bodyText().contains("Cette offre est close");
		assertThat(StructuredData.find(body(closed), "JobPosting")).isEmpty();
		assertThat(this.mvc.get().uri("/recrutement/projeteur-structure/candidature")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/recrutement/projeteur-structure");
	}

	@Test
	void hostileMarkupTypedInAnOfferIsCleanedOnItsPage() {
		JobOffer offer = this.transactions.execute((status) -> {
			JobOfferForm form = SampleContent.offerForm("Offre piégée", LocalDate.now().plusDays(10));
			form.setDescription("<p onclick=\"alert(1)\">Poste <img src=x onerror=alert(2)><script>alert(3)</script>"
					+ "<a href=\"javascript:alert(4)\">lien</a></p>");
			form.setSlug("offre-piegee");
			JobOffer created = this.offers.create(form);
			form.setPublished(true);
			form.setVersion(this.offers.offer(created.getId()).getVersion());
			this.offers.update(created.getId(), form);
			return this.offers.offer(created.getId());
		});
		String page = body(this.mvc.get().uri(offer.getAddress()).exchange());
		assertThat(page).contains("Poste")
			.doesNotContain("<script>alert", "onclick", "onerror", "javascript:alert")
			.doesNotContainIgnoringCase("<img src=x");
	}

	@Test
	void aCandidateAppliesWithAPdfThatOnlyStaffDownloadAsAnAttachment() throws Exception {
		openOffer();
		byte[] cv = Pdfs.cv(2);
		assertThat(apply("/recrutement/offre-de-test/candidature", "Jeanne Martin", file("cv", cv)))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/recrutement/merci");
		assertThat(this.mvc.get().uri("/recrutement/merci")).hasStatusOk().bodyText().contains("noindex");
		Map<String, Object> stored = this.jdbc.queryForMap("select * from job_application");
		assertThat(stored.get("name")).isEqualTo("Jeanne Martin");
		assertThat(stored.get("offer_title")).isEqualTo("Offre de test");
		assertThat(stored.get("cv_pages")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class,
				"lectrice@per-ingenierie.test"))
			.isOne();
		assertThat(this.jdbc.queryForObject("select body from outgoing_mail", String.class))
			.doesNotContain("Jeanne Martin");
		long id = ((Number) stored.get("id")).longValue();

		assertThat(this.mvc.get().uri("/admin/recrutement/candidatures").with(EDITOR)).bodyText()
			.contains("Jeanne Martin");
		MvcTestResult download = this.mvc.get()
			.uri("/admin/recrutement/candidatures/" + id + "/cv")
			.with(ADMIN)
			.exchange();
		assertThat(download).hasStatusOk();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(cv);
		assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getHeader("Content-Security-Policy")).contains("sandbox");
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");

		assertThat(this.mvc.get().uri("/admin/recrutement/candidatures/" + id + "/cv").with(CONTRIBUTOR))
			.hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult visitor = this.mvc.get().uri("/admin/recrutement/candidatures/" + id + "/cv").exchange();
		assertThat(visitor).hasStatus(HttpStatus.FOUND);
		assertThat(visitor.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(this.mvc.get().uri("/admin/recrutement/candidatures/" + id + "/export").with(EDITOR))
			.hasStatus(HttpStatus.FORBIDDEN);

		MvcTestResult export = this.mvc.get()
			.uri("/admin/recrutement/candidatures/" + id + "/export")
			.with(ADMIN)
			.exchange();
		assertThat(export).hasStatusOk();
		assertThat(zipEntries(export.getResponse().getContentAsByteArray())).containsExactly("candidature.txt",
				"cv.pdf");
		assertThat(this.mvc.post()
			.uri("/admin/recrutement/candidatures/" + id + "/effacer")
			.with(ADMIN)
			.with(csrf())
			.param("confirmed", "true")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from job_application_file", Integer.class)).isZero();
	}

	@Test
	void aFileThatIsNotASafePdfIsRefusedAndEverythingTypedIsKept() {
		openOffer();
		for (byte[] bad : List.of(Pdfs.WEB_PAGE, Pdfs.PROGRAMS.get(0), Pdfs.withScript())) {
			MvcTestResult result = apply("/recrutement/offre-de-test/candidature", "Jean Dupont", file("cv", bad));
			assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
				.bodyText()
				.contains("Jean Dupont")
				.contains("Message de candidature garde")
				.contains("choisissez de nouveau votre CV");
		}
		assertThat(apply("/recrutement/candidature", "Jean Dupont")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Choisissez votre CV");
		assertThat(this.jdbc.queryForObject("select count(*) from job_application", Integer.class)).isZero();
	}

	@Test
	void theSameFormSentTwiceIsStoredOnceAndSoftwareFillingTheTrapIsNotNotified() {
		MockMultipartFile cv = file("cv", Pdfs.cv(1));
		this.submissionKey = "une-cle-de-formulaire-unique";
		assertThat(this.mvc.perform(form("/recrutement/candidature", "Paul Durand", cv))).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.perform(form("/recrutement/candidature", "Paul Durand", cv))).hasStatus(HttpStatus.FOUND);
		this.submissionKey = null;
		assertThat(this.jdbc.queryForObject("select count(*) from job_application", Integer.class)).isOne();

		assertThat(this.mvc.perform(form("/recrutement/candidature", "Robot", cv).param("website", "http://spam")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select status from job_application where name = 'Robot'", String.class))
			.isEqualTo("SPAM");
		assertThat(this.jdbc.queryForObject("select count(*) from outgoing_mail", Integer.class)).isOne();
	}

	@Test
	void anOfferClosedWhileTheCandidateTypedKeepsWhatWasTyped() {
		openOffer();
		this.jdbc.update("update job_offer set closes_on = ?", LocalDate.now().minusDays(1));
		assertThat(apply("/recrutement/offre-de-test/candidature", "Jean Dupont", file("cv", Pdfs.cv(1))))
			.hasStatus(HttpStatus.GONE)
			.bodyText()
			.contains("vient d’être close")
			.contains("Jean Dupont")
			.contains("action=\"/recrutement/candidature\"");
	}

	@Test
	void anApplicationNotRetainedIsErasedAfterTheRetentionPeriod() {
		for (String name : List.of("Ancien candidat", "Candidat retenu", "Candidat récent")) {
			ApplicationForm form = ApplicationForm.blank();
			form.setName(name);
			form.setEmail("candidat@example.org");
			this.applications.receive(form, null, new Applications.CheckedFile("cv.pdf", Pdfs.cv(1), 1), null);
		}
		this.jdbc.update("update job_application set last_change_at = ? where name <> 'Candidat récent'",
				java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(800))));
		this.jdbc.update("update job_application set status = 'KEPT' where name = 'Candidat retenu'");
		assertThat(this.applications.eraseExpired()).isOne();
		assertThat(this.jdbc.queryForList("select name from job_application order by name", String.class))
			.containsExactlyInAnyOrder("Candidat récent", "Candidat retenu");
		assertThat(this.jdbc.queryForObject("select count(*) from job_application_file", Integer.class)).isEqualTo(2);
		assertThat(this.mvc.get().uri("/confidentialite")).bodyText().contains("2 ans");
	}

	private void openOffer() {
		this.transactions
			.executeWithoutResult((status) -> SampleContent.openOffer(this.offers, LocalDate.now().plusDays(10)));
	}

	private MvcTestResult apply(String path, String name, MockMultipartFile... files) {
		return this.mvc.perform(form(path, name, files));
	}

	private MockMultipartHttpServletRequestBuilder form(String path, String name, MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		String address = "10.28.0." + (++this.client);
		request.param("name", name)
			.param("email", "candidat@example.org")
			.param("phone", "04 67 00 00 00")
			.param("message", "Message de candidature garde")
			.param("submissionKey", (this.submissionKey != null) ? this.submissionKey : "cle-" + System.nanoTime())
			.with(csrf())
			.with((mock) -> {
				mock.setRemoteAddr(address);
				return mock;
			});
		return request;
	}

	private static MockMultipartFile file(String field, byte[] content) {
		return new MockMultipartFile(field, "cv.pdf", "application/pdf", content);
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static List<String> zipEntries(byte[] zip) throws Exception {
		List<String> names = new java.util.ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
