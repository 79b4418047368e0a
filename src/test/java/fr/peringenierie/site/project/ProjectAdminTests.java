package fr.peringenierie.site.project;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects created, checked and published from the back office.
 */
@SiteIntegrationTest
@Transactional
class ProjectAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	ProjectRepository projects;

	@Test
	void projectsAreCreatedAsDraftsThenPublished() {
		assertThat(this.staff.post("/admin/realisations/nouvelle")
			.param("name", "Lycée Jean Moulin")
			.param("slug", "lycee-jean-moulin")
			.param("city", "Sète")
			.param("client", "Région")
			.param("architect", "Atelier X")
			.param("startYear", "2018")
			.param("endYear", "2020")
			.param("_published", "on")).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		Project lycee = this.projects.findBySlug("lycee-jean-moulin").orElseThrow();
		assertThat(lycee.isPublished()).isFalse();
		assertThat(this.mvc.get().uri("/realisations")).bodyText().doesNotContain("Lycée Jean Moulin");
		assertThat(this.mvc.get().uri("/realisations/lycee-jean-moulin")).hasStatus(HttpStatus.NOT_FOUND);
		this.staff.post("/admin/realisations/" + lycee.getId())
			.param("name", "Lycée Jean Moulin")
			.param("slug", "lycee-jean-moulin")
			.param("city", "Sète")
			.param("client", "Région")
			.param("architect", "Atelier X")
			.param("startYear", "2018")
			.param("endYear", "2020")
			.param("published", "true")
			.param("version", Long.toString(lycee.getVersion()))
			.exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/realisations").param("ville", "Sète")).bodyText().contains("Lycée Jean Moulin");
		assertThat(this.mvc.get().uri("/realisations/lycee-jean-moulin")).hasStatusOk()
			.bodyText()
			.contains("Atelier X");
	}

	@Test
	void projectFormsCheckYearsAndAddresses() {
		assertThat(this.staff.post("/admin/realisations/nouvelle")
			.param("name", "Doublon")
			.param("slug", "doramar")
			.param("city", "Sète")
			.param("client", "R")
			.param("architect", "A")
			.param("startYear", "2020")
			.param("endYear", "2018")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cette adresse est déjà celle d’une autre réalisation.",
					"L’année de fin ne peut pas précéder l’année de début.");
		assertThat(this.staff.post("/admin/realisations/nouvelle")
			.param("name", "X")
			.param("slug", "Pas Valide!")
			.param("city", "Sète")
			.param("client", "R")
			.param("architect", "A")
			.param("startYear", "deux mille")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("L’adresse ne peut contenir que des minuscules");
	}

}
