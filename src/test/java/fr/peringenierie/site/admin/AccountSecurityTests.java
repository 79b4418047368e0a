package fr.peringenierie.site.admin;

import jakarta.servlet.http.Cookie;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A generated password is replaced at first sign-in; a locked account shows as locked and
 * can be unlocked; each member of staff sees their own recent sign-ins.
 */
@SiteIntegrationTest
@Transactional
class AccountSecurityTests {

	static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	LoginThrottle throttle;

	@Test
	void aTemporaryPasswordMustBeChangedBeforeAnythingElse() {
		String temporary = this.accounts.createWithGeneratedPassword("nouvelle", StaffRole.EDITOR);
		MvcTestResult signIn = signIn("nouvelle", temporary);
		assertThat(signIn).hasRedirectedUrl("/admin/mot-de-passe");
		Cookie session = signIn.getResponse().getCookie("SESSION");

		assertThat(this.mvc.get().uri("/admin/realisations").cookie(session)).hasRedirectedUrl("/admin/mot-de-passe");
		assertThat(this.mvc.get().uri("/admin/mot-de-passe").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Votre mot de passe est provisoire", "Mot de passe provisoire", "Firefox sur Linux");

		assertThat(this.mvc.post()
			.uri("/admin/mot-de-passe")
			.cookie(session)
			.param("currentPassword", temporary)
			.param("newPassword", "mon-propre-mot-de-passe-2026")
			.param("confirmation", "mon-propre-mot-de-passe-2026")
			.with(csrf())).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin/realisations").cookie(session)).hasStatusOk();
		assertThat(this.accounts.hasTemporaryPassword("nouvelle")).isFalse();

		assertThat(signIn("nouvelle", "mon-propre-mot-de-passe-2026")).hasRedirectedUrl("/admin");
	}

	@Test
	void aResetPasswordIsTemporaryToo() {
		StaffUser user = this.accounts.create("oubli", "un-mot-de-passe-solide", StaffRole.EDITOR);
		String temporary = this.accounts.resetPassword(user.getId());
		assertThat(this.mvc.get().uri("/admin/utilisateurs").with(user("chef").roles("ADMIN"))).bodyText()
			.contains("Mot de passe provisoire");
		assertThat(signIn("oubli", temporary)).hasRedirectedUrl("/admin/mot-de-passe");
	}

	@Test
	void aLockedAccountShowsAsLockedAndAnAdministratorUnlocksIt() {
		StaffUser user = this.accounts.create("cible", "un-mot-de-passe-solide", StaffRole.EDITOR);
		for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES + 2; i++) {
			this.throttle.recordFailure("10.9.0." + i, "cible");
		}
		assertThat(this.mvc.get().uri("/admin/utilisateurs").with(user("chef").roles("ADMIN"))).bodyText()
			.contains("Bloqué jusqu’à", "22 échecs de connexion", "Débloquer cible");
		assertThat(this.mvc.post()
			.uri("/admin/utilisateurs/" + user.getId() + "/debloquer")
			.with(user("chef").roles("ADMIN"))
			.with(csrf())).hasRedirectedUrl("/admin/utilisateurs");
		assertThat(this.mvc.get().uri("/admin/utilisateurs").with(user("chef").roles("ADMIN"))).bodyText()
			.doesNotContain("Bloqué jusqu’à");
	}

	@Test
	void staffSeeTheirOwnRecentSignInsOnly() {
		this.accounts.create("moi", "un-mot-de-passe-solide", StaffRole.EDITOR);
		this.accounts.create("autre", "un-mot-de-passe-solide", StaffRole.EDITOR);
		signIn("moi", "un-mot-de-passe-solide");
		signIn("autre", "un-mot-de-passe-solide");
		assertThat(this.mvc.get().uri("/admin/mot-de-passe").with(user("moi").roles("EDITOR"))).bodyText()
			.contains("Mes dernières connexions", "Firefox sur Linux", "10.1.1.1")
			.doesNotContain("10.2.2.2");
	}

	private MvcTestResult signIn(String username, String password) {
		String client = username.equals("autre") ? "10.2.2.2" : "10.1.1.1";
		return this.mvc.post()
			.uri("/admin/login")
			.header("User-Agent", FIREFOX)
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(client);
				return request;
			})
			.exchange();
	}

}
