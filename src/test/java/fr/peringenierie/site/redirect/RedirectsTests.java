package fr.peringenierie.site.redirect;

import java.net.URI;
import java.time.Instant;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.project.ProjectRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses that never break: a published project's old addresses answer 301 to its
 * current one, straight and forever; staff add and remove redirects by hand; a page
 * cannot take an address that leads elsewhere. Seen over real HTTP, where the 404 that a
 * moved address would have given is turned into the redirect.
 */
@SiteIntegrationTest
class RedirectsTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffScreens staff;

	@Autowired
	ProjectRepository projects;

	@Autowired
	PageRedirectRepository redirects;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void restore() {
		Project doramar = this.projects.findById(doramarId()).orElseThrow();
		if (!doramar.getSlug().equals("doramar")) {
			rename(doramar, "doramar");
		}
		this.redirects.deleteAll();
	}

	@Test
	void aPublishedProjectsOldAddressesLeadStraightToItsCurrentOne() throws Exception {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		assertThat(doramar.isPublished()).isTrue();

		assertThat(rename(doramar, "residence-doramar")).hasStatus(HttpStatus.FOUND);
		assertRedirect("/realisations/doramar", "/realisations/residence-doramar");
		assertThat(get("/realisations/residence-doramar").statusCode()).isEqualTo(200);

		assertThat(rename(reload(doramar), "doramar-a-sete")).hasStatus(HttpStatus.FOUND);
		assertRedirect("/realisations/doramar", "/realisations/doramar-a-sete");
		assertRedirect("/realisations/residence-doramar", "/realisations/doramar-a-sete");

		// Back to its first address: live again, and never a loop.
		assertThat(rename(reload(doramar), "doramar")).hasStatus(HttpStatus.FOUND);
		assertThat(get("/realisations/doramar").statusCode()).isEqualTo(200);
		assertRedirect("/realisations/doramar-a-sete", "/realisations/doramar");
		assertRedirect("/realisations/residence-doramar", "/realisations/doramar");
	}

	@Test
	void aNewProjectsAddressIsMadeFromItsNameAndNeverTakesAnother() {
		try {
			for (int i = 0; i < 2; i++) {
				assertThat(this.staff.post("/admin/realisations/nouvelle")
					.param("name", "Maison Régionale des Sports")
					.param("slug", "")
					.param("city", "Montpellier")
					.param("client", "Région")
					.param("architect", "Atelier")
					.param("startYear", "2024")).hasStatus(HttpStatus.FOUND);
			}
			// The brochure's own "Maison Régionale des Sports" keeps its address.
			assertThat(this.projects.findBySlug("maison-regionale-des-sports").orElseThrow().getClient())
				.isNotEqualTo("Région");
			assertThat(this.projects.findBySlug("maison-regionale-des-sports-2")).isPresent();
			assertThat(this.projects.findBySlug("maison-regionale-des-sports-3")).isPresent();
		}
		finally {
			this.projects.findBySlug("maison-regionale-des-sports-2").ifPresent(this.projects::delete);
			this.projects.findBySlug("maison-regionale-des-sports-3").ifPresent(this.projects::delete);
		}
	}

	@Test
	void noProjectMayTakeAnAddressThatLeadsElsewhere() {
		rename(this.projects.findBySlug("doramar").orElseThrow(), "residence-doramar");
		assertThat(this.staff.post("/admin/realisations/nouvelle")
			.param("name", "Autre projet")
			.param("slug", "doramar")
			.param("city", "Sète")
			.param("client", "R")
			.param("architect", "A")
			.param("startYear", "2020")
			.param("endYear", "2021")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cette adresse mène déjà à une autre page");
	}

	@Test
	void staffAddAndRemoveRedirectsByHand() throws Exception {
		assertThat(this.staff.post("/admin/redirections")
			.param("fromPath", "/ancienne-plaquette")
			.param("toPath", "/realisations/doramar")).hasStatus(HttpStatus.FOUND);
		assertRedirect("/ancienne-plaquette", "/realisations/doramar");
		assertThat(this.staff.get("/admin/redirections")).bodyText()
			.contains("/ancienne-plaquette", "/realisations/doramar");

		assertThat(this.staff.post("/admin/redirections").param("fromPath", "/equipe").param("toPath", "/edito"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cette adresse est celle d’une page du site");
		assertThat(
				this.staff.post("/admin/redirections").param("fromPath", "pas-une-adresse").param("toPath", "/edito"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Indiquez une adresse du site commençant par /");

		long id = this.redirects.findByFromPath("/ancienne-plaquette").orElseThrow().getId();
		assertThat(this.staff.get("/admin/redirections/" + id + "/supprimer")).hasStatusOk()
			.bodyText()
			.contains("Supprimer cette redirection ?", "tomberont sur une page introuvable");
		assertThat(this.staff.post("/admin/redirections/" + id + "/supprimer")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/redirections/" + id + "/supprimer");
		assertThat(get("/ancienne-plaquette").statusCode()).isEqualTo(301);
		assertThat(this.staff.post("/admin/redirections/" + id + "/supprimer").param("confirmed", "true"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(get("/ancienne-plaquette").statusCode()).isEqualTo(404);
	}

	@Test
	void aRedirectLeadsOnlyToAnAddressOfThisSite() throws Exception {
		for (String elsewhere : new String[] { "//evil.example/", "/\\evil.example", "/\\/evil.example",
				"https://evil.example/", "/\tevil", "//evil.example/realisations", " /realisations" }) {
			assertThat(this.staff.post("/admin/redirections").param("fromPath", "/piege").param("toPath", elsewhere))
				.as(elsewhere)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.contains("Indiquez une adresse du site commençant par /");
		}
		assertThat(this.redirects.findByFromPath("/piege")).isEmpty();
		// One written into the database some other way is not served either.
		this.redirects.save(new PageRedirect("/piege", "//evil.example/", Instant.now()));
		HttpResponse<String> served = get("/piege");
		assertThat(served.statusCode()).isEqualTo(404);
		assertThat(served.headers().firstValue("Location")).isEmpty();
	}

	private MvcTestResult rename(Project project, String slug) {
		return this.staff.post("/admin/realisations/" + project.getId())
			.param("name", project.getName())
			.param("slug", slug)
			.param("city", project.getCity())
			.param("client", project.getClient())
			.param("architect", project.getArchitect())
			.param("startYear", Integer.toString(project.getStartYear()))
			.param("endYear", (project.getEndYear() != null) ? project.getEndYear().toString() : "")
			.param("caption", (project.getCaption() != null) ? project.getCaption() : "")
			.param("published", "true")
			.param("version", Long.toString(project.getVersion()))
			.exchange();
	}

	private Project reload(Project project) {
		return this.projects.findById(project.getId()).orElseThrow();
	}

	private long doramarId() {
		return this.projects.findAll()
			.stream()
			.filter((project) -> project.getName().contains("DoraMar") || project.getSlug().contains("doramar"))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private void assertRedirect(String from, String to) throws Exception {
		HttpResponse<String> response = get(from);
		assertThat(response.statusCode()).as(from).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).as(from).contains(to);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
