package fr.peringenierie.site.admin;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.company.EditoRepository;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A form saved after its session expired: what was typed is never lost, whether the
 * browser still had its CSRF cookie or lost it with the session.
 */
@SiteIntegrationTest
@Transactional
class ExpiredSessionTests {

	static final String PASSWORD = "un-mot-de-passe-solide";

	static final String TYPED = "Un édito réécrit pendant une longue réunion, envoyé après la fin de la session.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccounts accounts;

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	EditoRepository editos;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFormPostedAfterTheSessionEndedIsKeptAndHandedBackAfterSignIn() {
		this.accounts.create("assistante", PASSWORD, StaffRole.EDITOR);
		Cookie browser = signIn("assistante");
		var edito = this.editos.findAll().get(0);
		long version = edito.getVersion();

		MvcTestResult expired = this.mvc.post()
			.uri("/admin/edito")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Sec-Fetch-Site", "same-origin")
			.cookie(browser)
			.with(csrf())
			.param("title", edito.getTitle())
			.param("body", TYPED)
			.param("signatoryName", edito.getSignatoryName())
			.param("signatoryTitle", edito.getSignatoryTitle())
			.param("version", Long.toString(version))
			.exchange();
		assertThat(expired).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/login?erreur=expiree");
		Cookie kept = expired.getResponse().getCookie(KeptForms.COOKIE);
		assertThat(kept).isNotNull();
		assertThat(kept.isHttpOnly()).isTrue();
		assertThat(
				this.jdbc.queryForObject("select form_data from kept_form where id = ?", String.class, kept.getValue()))
			.contains(TYPED)
			.doesNotContain("_csrf");
		assertThat(this.mvc.get().uri("/admin/login?erreur=expiree")).bodyText()
			.contains("ce que vous aviez saisi est conservé");

		MvcTestResult signIn = this.mvc.post()
			.uri("/admin/login")
			.param("username", "assistante")
			.param("password", PASSWORD)
			.cookie(kept, browser)
			.with(csrf())
			.exchange();
		assertThat(signIn).hasRedirectedUrl("/admin/reprise");

		assertThat(this.mvc.get().uri("/admin/reprise").cookie(kept).with(user("assistante").roles("EDITOR")))
			.hasStatusOk()
			.bodyText()
			.contains("Votre saisie a été conservée", TYPED, "Enregistrer ma saisie", "name=\"_saisie\"",
					"action=\"/admin/edito\"");

		assertThat(this.mvc.post()
			.uri("/admin/edito")
			.param("title", edito.getTitle())
			.param("body", TYPED)
			.param("signatoryName", edito.getSignatoryName())
			.param("signatoryTitle", edito.getSignatoryTitle())
			.param("version", Long.toString(version))
			.param(KeptForms.RESUMED, kept.getValue())
			.cookie(kept)
			.with(user("assistante").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.editos.findAll().get(0).getBody()).contains(TYPED);
		assertThat(this.jdbc.queryForObject("select count(*) from kept_form", Integer.class)).isZero();
	}

	@Test
	void aFormWhoseCsrfCookieWentWithTheSessionIsKeptToo() {
		this.accounts.create("assistante", PASSWORD, StaffRole.EDITOR);
		Cookie browser = signIn("assistante");
		MvcTestResult expired = this.mvc.post()
			.uri("/admin/textes/1")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Origin", "http://localhost")
			.cookie(browser)
			.param("value", "Texte tapé avant la fermeture du navigateur")
			.param("version", "0")
			.exchange();
		assertThat(expired).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/login?erreur=expiree");
		assertThat(expired.getResponse().getCookie(KeptForms.COOKIE)).isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from kept_form where form_data like ?", Integer.class,
				"%fermeture du navigateur%"))
			.isOne();
	}

	@Test
	void aFormPostedFromAnotherSiteIsNeitherKeptNorSaved() {
		assertThat(this.mvc.post()
			.uri("/admin/textes/1")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Sec-Fetch-Site", "cross-site")
			.param("value", "Texte venu d’ailleurs")
			.param("version", "0")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from kept_form", Integer.class)).isZero();
	}

	@Test
	void aClientNobodySignedInFromCannotStoreAnythingWhateverHeadersItSends() {
		for (String path : new String[] { "/admin/edito", "/admin/textes/1" }) {
			MvcTestResult anonymous = this.mvc.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header("Sec-Fetch-Site", "same-origin")
				.with(csrf())
				.param("body", "x".repeat(100_000))
				.exchange();
			assertThat(anonymous).as(path).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/login");
			assertThat(anonymous.getResponse().getCookie(KeptForms.COOKIE)).as(path).isNull();
			MvcTestResult forged = this.mvc.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header("Sec-Fetch-Site", "same-origin")
				.cookie(new Cookie(KeptForms.BROWSER_COOKIE, "A".repeat(43)))
				.param("body", "x")
				.exchange();
			assertThat(forged).as(path).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from kept_form", Integer.class)).isZero();
	}

	@Test
	void aKeptFormIsHandedBackOnlyToItsAuthor() {
		this.accounts.create("assistante", PASSWORD, StaffRole.EDITOR);
		this.accounts.create("collegue", PASSWORD, StaffRole.EDITOR);
		Cookie browser = signIn("assistante");
		Cookie kept = keepForm(browser, "Texte de l’assistante").getResponse().getCookie(KeptForms.COOKIE);
		assertThat(kept).isNotNull();

		// A colleague signing in on the same browser is not sent to it, and cannot read
		// it.
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", "collegue")
			.param("password", PASSWORD)
			.cookie(kept)
			.with(csrf())).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin/reprise").cookie(kept).with(user("collegue").roles("EDITOR")))
			.hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin/reprise").cookie(kept).with(user("assistante").roles("EDITOR")))
			.hasStatusOk()
			.bodyText()
			.contains("Texte de l’assistante");
	}

	@Test
	void formsAreKeptWithinASizeAndACountPerPerson() {
		this.accounts.create("assistante", PASSWORD, StaffRole.EDITOR);
		Cookie browser = signIn("assistante");
		MvcTestResult tooLong = keepForm(browser, "x".repeat((int) KeptForms.MAX_FORM_SIZE + 1));
		assertThat(tooLong).hasRedirectedUrl("/admin/login?erreur=expiree-trop");
		assertThat(this.mvc.get().uri("/admin/login?erreur=expiree-trop")).bodyText()
			.contains("n’a pas pu être conservé");
		for (int i = 0; i < KeptForms.MAX_PER_PERSON; i++) {
			assertThat(keepForm(browser, "Saisie " + i)).hasRedirectedUrl("/admin/login?erreur=expiree");
		}
		assertThat(keepForm(browser, "Une de trop")).hasRedirectedUrl("/admin/login?erreur=expiree-trop");
		assertThat(this.jdbc.queryForObject("select count(*) from kept_form", Integer.class))
			.isEqualTo(KeptForms.MAX_PER_PERSON);
	}

	/**
	 * What a rédacteur sends after her account was deactivated is not saved and never
	 * handed back to her: it goes to the administrators, who read it, take it up in their
	 * own name or throw it away.
	 */
	@Test
	void aDeactivatedAccountsLastFormIsHandedToTheAdministrators() {
		StaffUser assistant = this.accounts.create("assistante", PASSWORD, StaffRole.EDITOR);
		Cookie browser = signIn("assistante");
		this.accounts.setEnabled(assistant.getId(), false);
		this.entityManager.flush();
		long text = this.jdbc.queryForObject("select min(id) from page_text", Long.class);
		long version = this.jdbc.queryForObject("select version from page_text where id = ?", Long.class, text);
		MvcTestResult sent = this.mvc.post()
			.uri("/admin/textes/" + text)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Sec-Fetch-Site", "same-origin")
			.cookie(browser)
			.with(csrf())
			.param("value", "Écrit pendant la désactivation")
			.param("version", Long.toString(version))
			.exchange();
		assertThat(sent).hasRedirectedUrl("/admin/login?erreur=desactive");
		assertThat(sent.getResponse().getCookie(KeptForms.COOKIE)).isNull();
		assertThat(this.mvc.get().uri("/admin/login?erreur=desactive")).bodyText()
			.contains("transmis aux administrateurs");

		String id = this.jdbc.queryForObject("select id from kept_form where username = 'assistante'", String.class);
		assertThat(this.mvc.get().uri("/admin/utilisateurs/saisies").with(user("chef").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/utilisateurs/saisies/" + id).with(user("chef").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin").with(user("directeur").roles("ADMIN"))).bodyText()
			.contains("envoyée(s) par des comptes désactivés");
		assertThat(this.mvc.get().uri("/admin/utilisateurs/saisies").with(user("directeur").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("assistante", "/admin/textes/" + text);
		assertThat(this.mvc.get().uri("/admin/utilisateurs/saisies/" + id).with(user("directeur").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("Saisie de « assistante »", "Écrit pendant la désactivation", "Reprendre cette saisie",
					"name=\"_reprise\"");

		assertThat(this.mvc.post()
			.uri("/admin/textes/" + text)
			.param("value", "Écrit pendant la désactivation")
			.param("version", Long.toString(version))
			.param("action", "publier")
			.param(KeptForms.TAKEN_UP, id)
			.with(user("directeur").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select body from page_text where id = ?", String.class, text))
			.isEqualTo("Écrit pendant la désactivation");
		assertThat(this.jdbc.queryForObject("select count(*) from kept_form", Integer.class)).isZero();
	}

	/**
	 * A photo sent after the session ended: the text typed beside it is kept, the file
	 * cannot be, and the page that hands the form back says which one to choose again.
	 */
	@Test
	void anUploadAfterTheSessionEndedKeepsItsTextAndNamesTheFile() throws Exception {
		this.accounts.create("assistante", PASSWORD, StaffRole.EDITOR);
		Cookie browser = signIn("assistante");
		MvcTestResult sent = this.mvc.post()
			.uri("/admin/realisations/1/photos")
			.multipart()
			.file(new MockMultipartFile("photo", "facade-sud.jpg", "image/jpeg", new byte[] { 1, 2, 3 }))
			.param("photoAlt", "La façade sud au soleil couchant")
			.param("caption", "Légende de la fiche")
			.header("Sec-Fetch-Site", "same-origin")
			.cookie(browser)
			.with(csrf())
			.exchange();
		assertThat(sent).hasRedirectedUrl("/admin/login?erreur=expiree");
		Cookie kept = sent.getResponse().getCookie(KeptForms.COOKIE);
		assertThat(kept).isNotNull();
		String page = this.mvc.get()
			.uri("/admin/reprise")
			.cookie(kept)
			.with(user("assistante").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page)
			.contains("La façade sud au soleil couchant", "Légende de la fiche", "facade-sud.jpg",
					"choisissez-le de nouveau")
			.doesNotContain("name=\"_fichier\"");
	}

	/** Signs in through the form, as a browser does: the cookie naming who did. */
	private Cookie signIn(String username) {
		MvcTestResult signIn = this.mvc.post()
			.uri("/admin/login")
			.param("username", username)
			.param("password", PASSWORD)
			.with(csrf())
			.exchange();
		assertThat(signIn).hasStatus(HttpStatus.FOUND);
		Cookie browser = signIn.getResponse().getCookie(KeptForms.BROWSER_COOKIE);
		assertThat(browser).isNotNull();
		assertThat(browser.isHttpOnly()).isTrue();
		return browser;
	}

	/** A page text posted from this browser once its session is gone. */
	private MvcTestResult keepForm(Cookie browser, String text) {
		return this.mvc.post()
			.uri("/admin/textes/1")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Sec-Fetch-Site", "same-origin")
			.cookie(browser)
			.with(csrf())
			.param("value", text)
			.param("version", "0")
			.exchange();
	}

	/**
	 * The page that hands a form back speaks French: field labels, « oui » for a ticked
	 * box, formatted text as text; no marker Spring adds to a form.
	 */
	@Test
	void theResumePageShowsWhatWasTypedAsItReads() throws Exception {
		this.accounts.create("assistante", PASSWORD, StaffRole.EDITOR);
		Cookie browser = signIn("assistante");
		Cookie kept = this.mvc.post()
			.uri("/admin/realisations/1")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Sec-Fetch-Site", "same-origin")
			.cookie(browser)
			.with(csrf())
			.param("name", "Halle des sports")
			.param("sector", "Équipements sportifs")
			.param("published", "true")
			.param("_published", "on")
			.param("description", "<p>Une <b>halle</b> couverte.</p>")
			.param("version", "3")
			.exchange()
			.getResponse()
			.getCookie(KeptForms.COOKIE);
		assertThat(kept).isNotNull();
		String page = this.mvc.get()
			.uri("/admin/reprise")
			.cookie(kept)
			.with(user("assistante").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// What she reads; the form below it sends back the fields exactly as posted.
		String shown = page.substring(page.indexOf("<table"), page.indexOf("</table>"));
		assertThat(shown).contains("Secteur", "Équipements sportifs", "En ligne", ">oui<", "Une halle couverte.")
			.doesNotContain("_published", "&lt;p&gt;", ">true<", ">sector<");
	}

	@Test
	void withNothingKeptTheResumePageSaysSo() {
		assertThat(this.mvc.get().uri("/admin/reprise").with(user("assistante").roles("EDITOR")))
			.hasRedirectedUrl("/admin");
	}

}
