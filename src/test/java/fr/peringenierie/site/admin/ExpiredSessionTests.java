package fr.peringenierie.site.admin;

import jakarta.servlet.http.Cookie;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.company.EditoRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

	static final String TYPED = "Un édito réécrit pendant une longue réunion, envoyé après la fin de la session.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	EditoRepository editos;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFormPostedAfterTheSessionEndedIsKeptAndHandedBackAfterSignIn() {
		this.accounts.create("assistante", "un-mot-de-passe-solide", StaffRole.EDITOR);
		var edito = this.editos.findAll().get(0);
		long version = edito.getVersion();

		MvcTestResult expired = this.mvc.post()
			.uri("/admin/edito")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Sec-Fetch-Site", "same-origin")
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
			.param("password", "un-mot-de-passe-solide")
			.cookie(kept)
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
		MvcTestResult expired = this.mvc.post()
			.uri("/admin/textes/1")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Origin", "http://localhost")
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
	void withNothingKeptTheResumePageSaysSo() {
		assertThat(this.mvc.get().uri("/admin/reprise").with(user("assistante").roles("EDITOR")))
			.hasRedirectedUrl("/admin");
	}

}
