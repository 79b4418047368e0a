package fr.peringenierie.site.company;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The édito edited in the back office: on the public page at once, cleaned, validated,
 * version-checked, previewed.
 */
@SiteIntegrationTest
@Transactional
class EditoAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	EditoRepository editos;

	@Test
	void editoEditedInTheFormIsOnThePublicPageAtOnceAndAudited() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		assertThat(this.staff.post("/admin/edito")
			.param("title", "Le mot du directeur")
			.param("body", "Nouveau premier paragraphe.\n\nSecond paragraphe.")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(this.mvc.get().uri("/edito")).bodyText()
			.contains("Le mot du directeur", "<p>Nouveau premier paragraphe.</p><p>Second paragraphe.</p>");
		assertThat(this.mvc.get().uri("/admin/journal").with(user("chef").roles("EDITOR"))).bodyText()
			.contains("chef", "Modification", "Édito");
	}

	@Test
	void linksToAPageOfTheSiteAndToATelephoneReachThePublicPage() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		assertThat(this.staff.post("/admin/edito")
			.param("title", "Édito")
			.param("body",
					"<p>Voyez <a href=\"/realisations\">nos réalisations</a> ou appelez le "
							+ "<a href=\"tel:+33467123456\">04 67 12 34 56</a>.</p>")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(this.mvc.get().uri("/edito")).bodyText()
			.contains("<a href=\"/realisations\"", ">nos réalisations</a>", "<a href=\"tel:&#43;33467123456\"");
	}

	@Test
	void scriptsTypedIntoRichTextNeverReachVisitors() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		this.staff.post("/admin/edito")
			.param("title", "Édito")
			.param("body", "<p>Texte<script>alert('xss')</script><img src=x onerror=alert(1)></p>")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))
			.exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/edito")).bodyText()
			.contains("<p>Texte</p>")
			.doesNotContain("alert('xss')", "onerror");
	}

	@Test
	void invalidFormsComeBackWithFrenchMessagesAndWhatWasTyped() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		assertThat(this.staff.post("/admin/edito")
			.param("title", "")
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
		this.staff.post("/admin/edito")
			.param("title", "Version de Marie")
			.param("body", "Texte de Marie")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))
			.exchange();
		this.staff.flush();
		assertThat(this.staff.post("/admin/edito")
			.param("title", "Version de Paul")
			.param("body", "Texte de Paul")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Quelqu’un a enregistré une autre version", "Texte de Marie", "Texte de Paul",
					"Remplacer la version en ligne par la mienne");
		assertThat(this.editos.findFirstByOrderById().orElseThrow().getTitle()).isEqualTo("Version de Marie");
	}

	/**
	 * Pressing « Publier » again on the form the conflict gave back never overwrites the
	 * colleague's change: replacing it is a separate button, against the version shown.
	 */
	@Test
	void afterAConflictOnlyAnExplicitChoiceReplacesTheColleaguesVersion() throws Exception {
		long opened = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		this.staff.post("/admin/edito")
			.param("title", "Version de Marie")
			.param("body", "Texte de Marie")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Client de Marie")
			.param("version", Long.toString(opened))
			.exchange();
		this.staff.flush();
		long online = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		MvcTestResult conflict = paul(opened, "publier", null).exchange();
		assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
		String page = conflict.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("name=\"version\" value=\"" + opened + "\"",
				"name=\"versionEnLigne\" value=\"" + online + "\"");

		// The same form, « Publier » pressed again: refused again, Marie's text stays.
		assertThat(paul(opened, "publier", online)).hasStatus(HttpStatus.CONFLICT);
		this.staff.flush();
		assertThat(this.editos.findFirstByOrderById().orElseThrow().getSignatoryTitle()).isEqualTo("Client de Marie");

		// « Remplacer la version en ligne par la mienne »: Paul's version goes online.
		assertThat(paul(opened, "remplacer", online)).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(this.editos.findFirstByOrderById().orElseThrow().getTitle()).isEqualTo("Version de Paul");

		// A replace against a version that is no longer online is refused too.
		assertThat(paul(opened, "remplacer", online)).hasStatus(HttpStatus.CONFLICT);
	}

	private MockMvcTester.MockMvcRequestBuilder paul(long opened, String action, Long online) {
		MockMvcTester.MockMvcRequestBuilder request = this.staff.post("/admin/edito")
			.param("title", "Version de Paul")
			.param("body", "Texte de Paul")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(opened))
			.param("action", action);
		return (online != null) ? request.param("versionEnLigne", Long.toString(online)) : request;
	}

	@Test
	void previewShowsTheCleanedTextWithoutSavingIt() {
		long version = this.editos.findFirstByOrderById().orElseThrow().getVersion();
		assertThat(this.staff.post("/admin/edito")
			.param("title", "Édito")
			.param("body", "<p><strong>Aperçu</strong><script>x</script></p>")
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(version))
			.param("action", "apercu")).hasStatusOk()
			.bodyText()
			.contains("Aperçu (non enregistré)", "<p><strong>Aperçu</strong></p>");
		assertThat(this.editos.findFirstByOrderById().orElseThrow().getBody()).doesNotContain("Aperçu");
	}

}
