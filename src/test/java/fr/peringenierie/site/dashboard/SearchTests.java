package fr.peringenierie.site.dashboard;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import fr.peringenierie.site.contact.ContactDesk;
import fr.peringenierie.site.contact.ContactForm;
import fr.peringenierie.site.sitewide.SiteSettingRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The admin's search box finds content, projects and contact requests by their words,
 * whatever the case and accents; internal settings only for administrators.
 */
@SiteIntegrationTest
@Transactional
class SearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	ContactDesk desk;

	@Autowired
	SiteSettingRepository settings;

	@Test
	void contentAndProjectsAreFoundByTheirWordsWithoutAccents() {
		assertThat(this.staff.get("/admin/recherche?q=marches cevennes")).hasStatusOk()
			.bodyText()
			.contains("Les Marchés des Cévennes", "href=\"/admin/realisations/");
		assertThat(this.staff.get("/admin/recherche?q=THERMIQUE")).bodyText()
			.contains("Le département", "href=\"/admin/departements/");
		assertThat(this.staff.get("/admin/recherche?q=jalili")).bodyText().contains("Édito", "href=\"/admin/edito\"");
		assertThat(this.staff.get("/admin/recherche?q=zzzz-introuvable")).bodyText()
			.contains("Aucun contenu ne contient tous ces mots.");
	}

	@Test
	void contactRequestsAreFoundByNameCompanyOrMessage() {
		ContactForm form = ContactForm.blank();
		form.setName("Héloïse Fabre");
		form.setCompany("Mairie de Lunel");
		form.setEmail("h.fabre@example.org");
		form.setSubject("structure");
		form.setMessage("Nous cherchons un bureau d’études pour la halle des sports de Lunel.");
		form.setSubmissionKey("cle-recherche-000000001");
		long id = this.desk.receive(form, "Structure").request().getId();
		this.staff.flush();
		assertThat(this.staff.get("/admin/recherche?q=Lunel halle")).bodyText()
			.contains("Demandes de contact (1)", "Héloïse Fabre", "href=\"/admin/demandes/" + id + "\"");
		assertThat(this.staff.get("/admin/recherche?q=Lunel piscine")).bodyText().contains("Demandes de contact (0)");
	}

	@Test
	void internalSettingsAreFoundByAdministratorsOnly() {
		this.settings.findByCode("contact.recipient").orElseThrow().setValue("boite-interne@per-ingenierie.fr");
		this.staff.flush();
		assertThat(this.staff.get("/admin/recherche?q=boite-interne")).bodyText()
			.doesNotContain("boite-interne@per-ingenierie.fr");
		assertThat(this.mvc.get().uri("/admin/recherche?q=boite-interne").with(user("chef").roles("ADMIN"))).bodyText()
			.contains("boite-interne@per-ingenierie.fr");
	}

}
