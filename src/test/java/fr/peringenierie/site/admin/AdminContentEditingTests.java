package fr.peringenierie.site.admin;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.RenderedPageCache;
import fr.peringenierie.site.company.EditoRepository;
import fr.peringenierie.site.company.MilestoneRepository;
import fr.peringenierie.site.sitewide.PageTextRepository;
import fr.peringenierie.site.sitewide.SiteSetting;
import fr.peringenierie.site.sitewide.SiteSettingRepository;
import fr.peringenierie.site.department.DepartmentRepository;
import fr.peringenierie.site.department.DepartmentSection;
import fr.peringenierie.site.department.SectionItem;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.project.ProjectRepository;
import fr.peringenierie.site.team.TeamRole;
import fr.peringenierie.site.team.TeamRoleRepository;
import fr.peringenierie.site.tooling.ToolCategory;
import fr.peringenierie.site.tooling.ToolCategoryRepository;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Each kind of content edited through the back office, from the form post to the public
 * page, with validation, sanitizing, conflicts and the audit log.
 */
@SiteIntegrationTest
@Transactional
class AdminContentEditingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RenderedPageCache pageCache;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EditoRepository editos;

	@Autowired
	MilestoneRepository milestones;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	TeamRoleRepository roles;

	@Autowired
	ToolCategoryRepository toolCategories;

	@Autowired
	ProjectRepository projects;

	@Autowired
	PageTextRepository texts;

	@Autowired
	SiteSettingRepository settings;

	@Test
	void editoEditedInTheFormIsOnThePublicPageAtOnceAndAudited() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		assertThat(post("/admin/edito").param("title", "Le mot du directeur")
			.param("body", "Nouveau premier paragraphe.\n\nSecond paragraphe.")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))).hasStatus(HttpStatus.FOUND);
		flush();
		assertThat(this.mvc.get().uri("/edito")).bodyText()
			.contains("Le mot du directeur", "<p>Nouveau premier paragraphe.</p><p>Second paragraphe.</p>");
		assertThat(this.mvc.get().uri("/admin/journal").with(user("chef").roles("EDITOR"))).bodyText()
			.contains("chef", "Modification", "Édito");
	}

	@Test
	void scriptsTypedIntoRichTextNeverReachVisitors() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		post("/admin/edito").param("title", "Édito")
			.param("body", "<p>Texte<script>alert('xss')</script><img src=x onerror=alert(1)></p>")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))
			.exchange();
		flush();
		assertThat(this.mvc.get().uri("/edito")).bodyText()
			.contains("<p>Texte</p>")
			.doesNotContain("alert('xss')", "onerror");
	}

	@Test
	void invalidFormsComeBackWithFrenchMessagesAndWhatWasTyped() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		assertThat(post("/admin/edito").param("title", "")
			.param("body", "Mon texte en cours")
			.param("signatoryName", "")
			.param("signatoryTitle", "Directeur")
			.param("version", Long.toString(version))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Saisissez un titre.", "Saisissez le nom du signataire.", "Mon texte en cours",
					"aria-invalid=\"true\"");
		assertThat(this.editos.findFirstByOrderById().orElseThrow().getTitle()).isEqualTo("Édito");
	}

	@Test
	void aSecondSaveFromAStaleFormIsRefusedAndShowsTheCurrentVersion() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		post("/admin/edito").param("title", "Version de Marie")
			.param("body", "Texte de Marie")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))
			.exchange();
		flush();
		assertThat(post("/admin/edito").param("title", "Version de Paul")
			.param("body", "Texte de Paul")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Quelqu’un a enregistré une autre version", "Texte de Marie", "Texte de Paul");
		assertThat(this.editos.findFirstByOrderById().orElseThrow().getTitle()).isEqualTo("Version de Marie");
	}

	@Test
	void previewShowsTheCleanedTextWithoutSavingIt() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		assertThat(post("/admin/edito").param("title", "Édito")
			.param("body", "<p><strong>Aperçu</strong><script>x</script></p>")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))
			.param("action", "apercu")).hasStatusOk()
			.bodyText()
			.contains("Aperçu (non enregistré)", "<p><strong>Aperçu</strong></p>");
		assertThat(this.editos.findFirstByOrderById().orElseThrow().getBody()).doesNotContain("Aperçu");
	}

	@Test
	void milestonesAreAddedEditedReorderedAndDeleted() {
		assertThat(post("/admin/histoire/nouvelle").param("periodLabel", "2030")
			.param("title", "Nouvelle agence")
			.param("body", "Ouverture d’une agence.")).hasStatus(HttpStatus.FOUND);
		flush();
		assertThat(this.mvc.get().uri("/histoire")).bodyText().contains(">2030<", "Nouvelle agence");
		var added = this.milestones.findAllByOrderByPosition().get(5);
		post("/admin/histoire/" + added.getId() + "/monter").exchange();
		flush();
		assertThat(this.milestones.findAllByOrderByPosition().get(4).getTitle()).isEqualTo("Nouvelle agence");
		post("/admin/histoire/" + added.getId()).param("periodLabel", "2031")
			.param("title", "Agence de Nîmes")
			.param("body", "Texte")
			.param("version", Long.toString(added.getVersion()))
			.exchange();
		flush();
		assertThat(this.mvc.get().uri("/histoire")).bodyText().contains("Agence de Nîmes", ">2031<");
		post("/admin/histoire/" + added.getId() + "/supprimer").exchange();
		flush();
		assertThat(this.mvc.get().uri("/histoire")).bodyText().doesNotContain("Agence de Nîmes");
	}

	@Test
	void departmentSectionsAndItemsAreEditedDownToThePublicPage() throws Exception {
		var structure = this.departments.findWithSectionsBySlug("structure").orElseThrow();
		post("/admin/departements/" + structure.getId()).param("slug", "structure")
			.param("name", "Structure")
			.param("fullName", "Structure et génie civil")
			.param("summary", "Introduction revue.")
			.param("version", Long.toString(structure.getVersion()))
			.exchange();
		assertThat(post("/admin/departements/" + structure.getId() + "/sections/nouvelle").param("title", "Références")
			.param("lead", "Quelques références.")
			.param("body", "")).hasStatus(HttpStatus.FOUND);
		flush();
		DepartmentSection section = this.departments.findWithSectionsBySlug("structure")
			.orElseThrow()
			.getSections()
			.stream()
			.filter((s) -> s.getTitle().equals("Références"))
			.findFirst()
			.orElseThrow();
		post("/admin/sections/" + section.getId() + "/elements").param("label", "Ponts et passerelles").exchange();
		post("/admin/sections/" + section.getId() + "/elements").param("label", "Parkings").exchange();
		flush();
		assertThat(this.mvc.get().uri("/departements/structure")).bodyText()
			.contains("Introduction revue.", "Structure et génie civil", "Références", "Quelques références.",
					"Ponts et passerelles", "Parkings");
		SectionItem parkings = section.getItems()
			.stream()
			.filter((i) -> i.getLabel().equals("Parkings"))
			.findFirst()
			.orElseThrow();
		post("/admin/elements/" + parkings.getId() + "/monter").exchange();
		post("/admin/elements/" + parkings.getId()).param("label", "Parkings souterrains")
			.param("version", Long.toString(parkings.getVersion()))
			.exchange();
		flush();
		String page = this.mvc.get().uri("/departements/structure").exchange().getResponse().getContentAsString();
		assertThat(page.indexOf("Parkings souterrains")).isLessThan(page.indexOf("Ponts et passerelles"));
		post("/admin/sections/" + section.getId() + "/supprimer").exchange();
		flush();
		assertThat(this.mvc.get().uri("/departements/structure")).bodyText().doesNotContain("Ponts et passerelles");
	}

	@Test
	void departmentsAreAddedWithTheirOwnPageThenDeleted() {
		assertThat(post("/admin/departements/nouveau").param("slug", "geotechnique")
			.param("name", "Géotechnique")
			.param("fullName", "Études de sol")
			.param("summary", "Un nouveau département.")).hasStatus(HttpStatus.FOUND);
		flush();
		assertThat(this.mvc.get().uri("/departements")).bodyText().contains("/departements/geotechnique");
		assertThat(this.mvc.get().uri("/departements/geotechnique")).hasStatusOk()
			.bodyText()
			.contains("Études de sol", "Un nouveau département.");
		assertThat(post("/admin/departements/nouveau").param("slug", "geotechnique")
			.param("name", "Doublon")
			.param("fullName", "x")
			.param("summary", "x")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cette adresse est déjà celle d’un autre département.");
		long id = this.departments.findWithSectionsBySlug("geotechnique").orElseThrow().getId();
		post("/admin/departements/" + id + "/supprimer").exchange();
		flush();
		assertThat(this.mvc.get().uri("/departements/geotechnique")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDepartmentCannotTakeTheAddressOfAnother() {
		var structure = this.departments.findWithSectionsBySlug("structure").orElseThrow();
		assertThat(post("/admin/departements/" + structure.getId()).param("slug", "energies")
			.param("name", "Structure")
			.param("fullName", "x")
			.param("summary", "x")
			.param("version", Long.toString(structure.getVersion()))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cette adresse est déjà celle d’un autre département.");
	}

	@Test
	void teamHeadcountsChangeTheComputedTotal() {
		TeamRole projectors = this.roles.findAllByOrderByPosition().get(2);
		assertThat(post("/admin/equipe/" + projectors.getId()).param("label", "projeteurs")
			.param("headcount", "17")
			.param("version", Long.toString(projectors.getVersion()))).hasStatus(HttpStatus.FOUND);
		post("/admin/equipe").param("label", "stagiaires").param("headcount", "2").exchange();
		flush();
		assertThat(this.mvc.get().uri("/equipe")).bodyText()
			.contains("<span class=\"team-total__value\">34</span>", "stagiaires");
		assertThat(post("/admin/equipe").param("label", "").param("headcount", "-1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("L’effectif ne peut pas être négatif.", "Saisissez le métier");
	}

	@Test
	void softwareCategoriesAndToolsAreEdited() {
		assertThat(post("/admin/moyens-techniques").param("label", "Maquette numérique BIM"))
			.hasStatus(HttpStatus.FOUND);
		flush();
		ToolCategory bim = this.toolCategories.findAllWithTools()
			.stream()
			.filter((c) -> c.getName().equals("Maquette numérique BIM"))
			.findFirst()
			.orElseThrow();
		post("/admin/moyens-techniques/" + bim.getId() + "/logiciels").param("label", "TEKLA").exchange();
		flush();
		assertThat(this.mvc.get().uri("/moyens-techniques")).bodyText().contains("Maquette numérique BIM", "TEKLA");
		post("/admin/moyens-techniques/" + bim.getId() + "/supprimer").exchange();
		flush();
		assertThat(this.mvc.get().uri("/moyens-techniques")).bodyText().doesNotContain("TEKLA");
	}

	@Test
	void projectsAreCreatedAsDraftsThenPublished() {
		assertThat(post("/admin/realisations/nouvelle").param("name", "Lycée Jean Moulin")
			.param("slug", "lycee-jean-moulin")
			.param("city", "Sète")
			.param("client", "Région")
			.param("architect", "Atelier X")
			.param("startYear", "2018")
			.param("endYear", "2020")
			.param("_published", "on")).hasStatus(HttpStatus.FOUND);
		flush();
		Project lycee = this.projects.findBySlug("lycee-jean-moulin").orElseThrow();
		assertThat(lycee.isPublished()).isFalse();
		assertThat(this.mvc.get().uri("/realisations")).bodyText().doesNotContain("Lycée Jean Moulin");
		assertThat(this.mvc.get().uri("/realisations/lycee-jean-moulin")).hasStatus(HttpStatus.NOT_FOUND);
		post("/admin/realisations/" + lycee.getId()).param("name", "Lycée Jean Moulin")
			.param("slug", "lycee-jean-moulin")
			.param("city", "Sète")
			.param("client", "Région")
			.param("architect", "Atelier X")
			.param("startYear", "2018")
			.param("endYear", "2020")
			.param("published", "true")
			.param("version", Long.toString(lycee.getVersion()))
			.exchange();
		flush();
		assertThat(this.mvc.get().uri("/realisations").param("ville", "Sète")).bodyText().contains("Lycée Jean Moulin");
		assertThat(this.mvc.get().uri("/realisations/lycee-jean-moulin")).hasStatusOk()
			.bodyText()
			.contains("Atelier X");
	}

	@Test
	void projectFormsCheckYearsAndAddresses() {
		assertThat(post("/admin/realisations/nouvelle").param("name", "Doublon")
			.param("slug", "doramar")
			.param("city", "Sète")
			.param("client", "R")
			.param("architect", "A")
			.param("startYear", "2020")
			.param("endYear", "2018")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cette adresse est déjà celle d’une autre réalisation.",
					"L’année de fin ne peut pas précéder l’année de début.");
		assertThat(post("/admin/realisations/nouvelle").param("name", "X")
			.param("slug", "Pas Valide!")
			.param("city", "Sète")
			.param("client", "R")
			.param("architect", "A")
			.param("startYear", "deux mille")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("L’adresse ne peut contenir que des minuscules");
	}

	@Test
	void pageTextsAndCompanyDetailsAreEdited() {
		var tagline = this.texts.findAllByOrderByPosition()
			.stream()
			.filter((t) -> t.getCode().equals("home.tagline"))
			.findFirst()
			.orElseThrow();
		post("/admin/textes/" + tagline.getId()).param("value", "Une réponse globale, un interlocuteur unique")
			.param("version", Long.toString(tagline.getVersion()))
			.exchange();
		SiteSetting phone = this.settings.findByCode("company.phone").orElseThrow();
		post("/admin/parametres/" + phone.getId()).param("value", "04 67 00 00 00")
			.param("version", Long.toString(phone.getVersion()))
			.exchange();
		flush();
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("Une réponse globale, un interlocuteur unique", "04 67 00 00 00");
		assertThat(this.mvc.get().uri("/mentions-legales")).bodyText().contains("04 67 00 00 00");
	}

	@Test
	void restrictedSettingsAreForAdministratorsOnly() {
		SiteSetting restricted = this.settings
			.save(new SiteSetting("test.restricted", "Réglage réservé", "avant", 999, true));
		flush();
		assertThat(this.mvc.post()
			.uri("/admin/parametres/" + restricted.getId())
			.param("value", "après")
			.param("version", "0")
			.with(user("redac").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/parametres/" + restricted.getId())
			.param("value", "après")
			.param("version", "0")
			.with(user("chef").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
	}

	private MockMvcRequestBuilder post(String uri) {
		return this.mvc.post().uri(uri).with(user("chef").roles("EDITOR")).with(csrf());
	}

	/**
	 * Writes pending changes, as the end of a request's transaction would outside this
	 * test.
	 */
	/**
	 * Writes the test's changes; its transaction is never committed, so the content
	 * revision does not move on as it would at a commit: the rendered pages are forgotten
	 * instead.
	 */
	private void flush() {
		this.entityManager.flush();
		this.entityManager.clear();
		this.pageCache.clear();
	}

}
