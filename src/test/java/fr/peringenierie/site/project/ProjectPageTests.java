package fr.peringenierie.site.project;

import java.io.IOException;
import java.util.List;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A project's edit page is one form: whichever of its buttons is pressed, what was typed
 * anywhere on it survives, without JavaScript. Each request commits, as on the running
 * site.
 */
@SiteIntegrationTest
class ProjectPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	ProjectRepository projects;

	@Autowired
	JdbcTemplate jdbc;

	Project doramar;

	@BeforeEach
	void remember() {
		this.doramar = this.projects.findBySlug("doramar").orElseThrow();
	}

	@AfterEach
	void putBack() {
		this.jdbc.update("update project set caption = ?, name = ? where id = ?", this.doramar.getCaption(),
				this.doramar.getName(), this.doramar.getId());
		this.jdbc.update("delete from project_photo");
		this.jdbc.update("delete from stored_image");
		this.jdbc.update("delete from content_draft");
	}

	@Test
	void aCaptionTypedInTheTextSurvivesAPhotoUpload() throws IOException {
		MultiValueMap<String, String> page = page();
		page.set("caption", "Une légende tapée avant d’envoyer la photo");
		page.set("photoAlt", "La façade sur l’avenue");
		MvcTestResult sent = this.mvc.post()
			.uri("/admin/realisations/" + this.doramar.getId() + "/photos")
			.multipart()
			.file(new MockMultipartFile("photo", "facade.png", "image/png", ProjectPhotosTests.png(800, 600)))
			.params(page)
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(sent).hasStatus(HttpStatus.FOUND).flash().containsKey("success").containsKey("notice");
		assertThat(sent.getMvcResult().getFlashMap().get("notice").toString()).contains("gardé en brouillon");

		assertThat(photoAlts()).containsExactly("La façade sur l’avenue");
		assertThat(this.staff.get("/admin/realisations/" + this.doramar.getId())).bodyText()
			.contains(value("Une légende tapée avant d’envoyer la photo"), "Brouillon non publié");
		// Kept, not published: visitors still see the caption online.
		assertThat(this.mvc.get().uri("/realisations/doramar")).bodyText()
			.doesNotContain("Une légende tapée avant d’envoyer la photo");
	}

	@Test
	void anAltTextTypedOnOnePhotoSurvivesMakingAnotherTheCover() throws IOException {
		upload("Première photo");
		upload("Deuxième photo");
		List<Long> photos = photoIds();
		MultiValueMap<String, String> page = page();
		page.set("photoTexts[" + photos.get(0) + "].alt", "Première photo, décrite pour de bon");
		assertThat(this.staff
			.post("/admin/realisations/" + this.doramar.getId() + "/photos/" + photos.get(1) + "/deplacer?offset=-1")
			.params(page)).hasStatus(HttpStatus.FOUND);
		assertThat(photoAlts()).containsExactly("Deuxième photo", "Première photo, décrite pour de bon");
		assertThat(this.staff.get("/admin/realisations/" + this.doramar.getId() + "/photos/" + photos.get(1)))
			.bodyText()
			.contains("Photo 1 de « DoraMar »", "Tourner à droite", "Point à garder visible");
		// Nothing else was typed: no draft.
		assertThat(this.jdbc.queryForObject("select count(*) from content_draft", Integer.class)).isZero();
	}

	@Test
	void aRefusedFileKeepsTheDescriptionTypedBesideItAndTheText() {
		MultiValueMap<String, String> page = page();
		page.set("caption", "Légende tapée");
		page.set("photoAlt", "Une description soignée");
		MvcTestResult refused = this.mvc.post()
			.uri("/admin/realisations/" + this.doramar.getId() + "/photos")
			.multipart()
			.file(new MockMultipartFile("photo", "script.png", "image/png", "<script>".getBytes()))
			.params(page)
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("typedAlt", "Une description soignée")
			.containsKey("failure");
		assertThat(this.staff.get("/admin/realisations/" + this.doramar.getId())).bodyText()
			.contains(value("Légende tapée"));
	}

	/**
	 * Text that cannot be kept as a draft (a required field emptied) comes back in the
	 * page with its reason, after the photo action was done.
	 */
	@Test
	void anActionWithAMistakeInTheTextShowsTheTextAgain() throws IOException {
		upload("Première photo");
		upload("Deuxième photo");
		List<Long> photos = photoIds();
		MultiValueMap<String, String> page = page();
		page.set("name", "");
		page.set("caption", "Une légende à ne pas perdre");
		assertThat(this.staff
			.post("/admin/realisations/" + this.doramar.getId() + "/photos/" + photos.get(1) + "/deplacer?offset=-1")
			.params(page)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Saisissez le nom du projet.", value("Une légende à ne pas perdre"),
					"Ordre des photos enregistré");
		assertThat(photoAlts()).containsExactly("Deuxième photo", "Première photo");
	}

	/**
	 * « Publier » also saves the departments ticked and what the photos say.
	 */
	@Test
	void publishingSavesEverythingOnThePage() throws IOException {
		upload("Première photo");
		long photo = photoIds().get(0);
		long department = this.jdbc.queryForObject("select min(id) from department", Long.class);
		MultiValueMap<String, String> page = page();
		page.set("photoTexts[" + photo + "].caption", "Vue depuis le parvis");
		page.set("departments", Long.toString(department));
		page.set("action", "publier");
		assertThat(this.staff.post("/admin/realisations/" + this.doramar.getId()).params(page))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.extractingByKey("success")
			.asString()
			.contains("Modification enregistrée", "Départements et descriptions des photos enregistrés");
		assertThat(this.jdbc.queryForObject("select caption from project_photo where id = ?", String.class, photo))
			.isEqualTo("Vue depuis le parvis");
		assertThat(this.jdbc.queryForList("select department_id from project_department where project_id = ?",
				Long.class, this.doramar.getId()))
			.containsExactly(department);
	}

	/**
	 * The fields of the edit page as it is sent when nothing was changed.
	 */
	private MultiValueMap<String, String> page() {
		Project project = this.projects.findById(this.doramar.getId()).orElseThrow();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("name", project.getName());
		fields.add("slug", project.getSlug());
		fields.add("city", project.getCity());
		fields.add("client", project.getClient());
		fields.add("architect", project.getArchitect());
		fields.add("startYear", Integer.toString(project.getStartYear()));
		if (project.getEndYear() != null) {
			fields.add("endYear", Integer.toString(project.getEndYear()));
		}
		fields.add("caption", (project.getCaption() != null) ? project.getCaption() : "");
		fields.add("sector", (project.getSector() != null) ? project.getSector() : "");
		fields.add("description", (project.getDescription() != null) ? project.getDescription() : "");
		fields.add("missions", (project.getMissions() != null) ? project.getMissions() : "");
		if (project.isPublished()) {
			fields.add("published", "true");
		}
		fields.add("_published", "on");
		fields.add("version", Long.toString(project.getVersion()));
		fields.add("_departments", "on");
		this.jdbc
			.queryForList("select department_id from project_department where project_id = ?", Long.class,
					project.getId())
			.forEach((id) -> fields.add("departments", Long.toString(id)));
		this.jdbc
			.queryForList(
					"select id, alt_text, caption, version from project_photo where project_id = ? order by position",
					project.getId())
			.forEach((photo) -> {
				String prefix = "photoTexts[" + photo.get("id") + "].";
				fields.add(prefix + "alt", (String) photo.get("alt_text"));
				fields.add(prefix + "caption", (photo.get("caption") != null) ? (String) photo.get("caption") : "");
				fields.add(prefix + "version", photo.get("version").toString());
			});
		return fields;
	}

	private static String value(String typed) {
		return "value=\"" + HtmlUtils.htmlEscape(typed) + "\"";
	}

	private void upload(String alt) throws IOException {
		assertThat(this.mvc.post()
			.uri("/admin/realisations/" + this.doramar.getId() + "/photos")
			.multipart()
			.file(new MockMultipartFile("photo", "photo.png", "image/png", ProjectPhotosTests.png(400, 300)))
			.param("photoAlt", alt)
			.with(user("chef").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
	}

	private List<Long> photoIds() {
		return this.jdbc.queryForList("select id from project_photo where project_id = ? order by position", Long.class,
				this.doramar.getId());
	}

	private List<String> photoAlts() {
		return this.jdbc.queryForList("select alt_text from project_photo where project_id = ? order by position",
				String.class, this.doramar.getId());
	}

}
