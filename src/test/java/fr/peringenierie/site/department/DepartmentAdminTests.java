package fr.peringenierie.site.department;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Departments, their sections and their items, edited in the back office down to the
 * public pages.
 */
@SiteIntegrationTest
@Transactional
class DepartmentAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	DepartmentRepository departments;

	@Test
	void departmentSectionsAndItemsAreEditedDownToThePublicPage() throws Exception {
		var structure = this.departments.findWithSectionsBySlug("structure").orElseThrow();
		this.staff.post("/admin/departements/" + structure.getId())
			.param("slug", "structure")
			.param("name", "Structure")
			.param("fullName", "Structure et génie civil")
			.param("tagline", "Une ligne pour la carte.")
			.param("summary", "Introduction revue.")
			.param("version", Long.toString(structure.getVersion()))
			.exchange();
		assertThat(this.staff.post("/admin/departements/" + structure.getId() + "/sections/nouvelle")
			.param("title", "Références")
			.param("lead", "Quelques références.")
			.param("body", "")).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		DepartmentSection section = this.departments.findWithSectionsBySlug("structure")
			.orElseThrow()
			.getSections()
			.stream()
			.filter((s) -> s.getTitle().equals("Références"))
			.findFirst()
			.orElseThrow();
		this.staff.post("/admin/sections/" + section.getId() + "/elements")
			.param("label", "Ponts et passerelles")
			.exchange();
		this.staff.post("/admin/sections/" + section.getId() + "/elements").param("label", "Parkings").exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/departements/structure")).bodyText()
			.contains("Introduction revue.", "Structure et génie civil", "Références", "Quelques références.",
					"Ponts et passerelles", "Parkings");
		SectionItem parkings = section.getItems()
			.stream()
			.filter((i) -> i.getLabel().equals("Parkings"))
			.findFirst()
			.orElseThrow();
		this.staff.post("/admin/elements/" + parkings.getId() + "/monter")
			.param("version", Long.toString(parkings.getVersion()))
			.exchange();
		this.staff.post("/admin/elements/" + parkings.getId())
			.param("label", "Parkings souterrains")
			.param("version", Long.toString(parkings.getVersion()))
			.exchange();
		this.staff.flush();
		String page = this.mvc.get().uri("/departements/structure").exchange().getResponse().getContentAsString();
		assertThat(page.indexOf("Parkings souterrains")).isLessThan(page.indexOf("Ponts et passerelles"));
		this.staff.post("/admin/sections/" + section.getId() + "/supprimer")
			.param("version", Long.toString(section.getVersion()))
			.exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/departements/structure")).bodyText().doesNotContain("Ponts et passerelles");
	}

	@Test
	void departmentsAreAddedWithTheirOwnPageThenDeleted() {
		assertThat(this.staff.post("/admin/departements/nouveau")
			.param("slug", "geotechnique")
			.param("name", "Géotechnique")
			.param("fullName", "Études de sol")
			.param("tagline", "Une ligne pour la carte.")
			.param("summary", "Un nouveau département.")).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(this.mvc.get().uri("/departements")).bodyText().contains("/departements/geotechnique");
		assertThat(this.mvc.get().uri("/departements/geotechnique")).hasStatusOk()
			.bodyText()
			.contains("Études de sol", "Un nouveau département.");
		assertThat(this.staff.post("/admin/departements/nouveau")
			.param("slug", "geotechnique")
			.param("name", "Doublon")
			.param("fullName", "x")
			.param("tagline", "Une ligne pour la carte.")
			.param("summary", "x")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cette adresse est déjà celle d’un autre département");
		var geotechnique = this.departments.findWithSectionsBySlug("geotechnique").orElseThrow();
		this.staff.post("/admin/departements/" + geotechnique.getId() + "/supprimer")
			.param("version", Long.toString(geotechnique.getVersion()))
			.exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/departements/geotechnique")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDepartmentCannotTakeTheAddressOfAnother() {
		var structure = this.departments.findWithSectionsBySlug("structure").orElseThrow();
		assertThat(this.staff.post("/admin/departements/" + structure.getId())
			.param("slug", "energies")
			.param("name", "Structure")
			.param("fullName", "x")
			.param("tagline", "Une ligne pour la carte.")
			.param("summary", "x")
			.param("version", Long.toString(structure.getVersion()))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cette adresse est déjà celle d’un autre département");
	}

	@Test
	void eachDepartmentCardSaysItInOneLineWhileItsPageKeepsTheWholeIntroduction() {
		String energiesIntroduction = "Nous assurons les études théoriques, les simulations thermodynamiques";
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains(
					"Génie climatique et thermique, fluides, électricité et sécurité incendie\u00a0: études, simulations, suivi de chantier.",
					"Aux côtés des maîtres d’ouvrage, des études foncières jusqu’à la livraison.")
			.doesNotContain(energiesIntroduction);
		assertThat(this.mvc.get().uri("/departements/energies")).bodyText().contains(energiesIntroduction);

		var amo = this.departments.findWithSectionsBySlug("amo").orElseThrow();
		assertThat(this.staff.post("/admin/departements/" + amo.getId())
			.param("slug", "amo")
			.param("name", "AMO")
			.param("fullName", amo.getFullName())
			.param("tagline", " ")
			.param("summary", amo.getSummary())
			.param("version", Long.toString(amo.getVersion()))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Saisissez le résumé en une ligne.");
		assertThat(this.staff.post("/admin/departements/" + amo.getId())
			.param("slug", "amo")
			.param("name", "AMO")
			.param("fullName", amo.getFullName())
			.param("tagline", "Nous accompagnons les maîtres d’ouvrage à toutes les phases de leur projet.")
			.param("summary", amo.getSummary())
			.param("version", Long.toString(amo.getVersion()))).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(this.mvc.get().uri("/departements")).bodyText()
			.contains("Nous accompagnons les maîtres d’ouvrage à toutes les phases de leur projet.");
	}

	@Test
	void theConstructionPhaseSectionReadsApartFromTheGallery() {
		assertThat(this.mvc.get().uri("/departements/structure")).bodyText()
			.contains("En phase de réalisation")
			.doesNotContain(">Réalisations<");
	}

	@Test
	void aDepartmentPageSetsTheFirmsKeyFiguresApartInItsText() throws Exception {
		String page = this.mvc.get().uri("/departements/energies").exchange().getResponse().getContentAsString();
		String figures = page.substring(page.indexOf("figures--inline"), page.indexOf("</aside>"));
		assertThat(figures)
			.contains("1992", "année de création à Montpellier", "collaborateurs autour du Directeur Général",
					"départements complémentaires")
			.doesNotContain("projets du département");
		assertThat(page.indexOf("figures--inline")).isGreaterThan(page.indexOf("id=\"introduction\""));
		assertThat(this.mvc.get().uri("/")).bodyText().contains("projets présentés en images");
	}

}
