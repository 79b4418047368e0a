package fr.peringenierie.site.admin;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may enter the back office, and how sign-in resists guessing.
 */
@SiteIntegrationTest
@Transactional
class AdminSecurityTests {

	static final String PASSWORD = "un-mot-de-passe-solide";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(this.mvc.get().uri("/admin/edito")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
		assertThat(this.mvc.get().uri("/admin/login")).hasStatusOk()
			.bodyText()
			.contains("Connexion à l’administration", "name=\"_csrf\"");
	}

	@Test
	void staffSignInWithTheirPassword() {
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		assertThat(login("marie", PASSWORD, "10.1.0.1")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin");
	}

	@Test
	void aWrongPasswordIsRefusedWithAFrenchMessage() {
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		assertThat(login("marie", "pas-le-bon", "10.1.0.2")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/login?erreur=identifiants");
		assertThat(this.mvc.get().uri("/admin/login?erreur=identifiants")).bodyText()
			.contains("Identifiant ou mot de passe incorrect.");
		assertThat(login("personne", "pas-le-bon", "10.1.0.2")).redirectedUrl()
			.isEqualTo("/admin/login?erreur=identifiants");
	}

	@Test
	void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		for (int i = 0; i < 5; i++) {
			login("marie", "essai-" + i, "10.1.0.3");
		}
		assertThat(this.users.findByUsernameIgnoreCase("marie").orElseThrow().getLockedUntil()).isNotNull();
		assertThat(login("marie", PASSWORD, "10.1.0.3")).redirectedUrl().isEqualTo("/admin/login?erreur=verrouille");
		assertThat(this.mvc.get().uri("/admin/login?erreur=verrouille")).bodyText()
			.contains("Ce compte est verrouillé temporairement");
	}

	@Test
	void aClientThatFailsTooOftenIsRefusedBeforeAnyPasswordCheck() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_CLIENT; i++) {
			login("inconnu-" + i, "essai", "10.1.0.4");
		}
		assertThat(login("inconnu", "essai", "10.1.0.4")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		assertThat(login("marie", PASSWORD, "10.1.0.5")).redirectedUrl().isEqualTo("/admin");
	}

	@Test
	void disabledAccountsCannotSignIn() {
		StaffUser user = this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		user.setEnabled(false);
		assertThat(login("marie", PASSWORD, "10.1.0.6")).redirectedUrl().isEqualTo("/admin/login?erreur=desactive");
	}

	@Test
	void editorsAreRefusedWhatIsForAdministrators() {
		assertThat(this.mvc.get().uri("/admin/utilisateurs").with(user("redac").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/utilisateurs")
			.param("username", "pirate")
			.param("role", "ADMIN")
			.with(user("redac").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/edito").with(user("redac").roles("EDITOR"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/utilisateurs").with(user("chef").roles("ADMIN"))).hasStatusOk();
	}

	@Test
	void formsWithoutAValidCsrfTokenAreRejected() {
		assertThat(this.mvc.post().uri("/admin/edito").param("title", "Piraté").with(user("chef").roles("ADMIN")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/edito")
			.param("title", "Piraté")
			.with(user("chef").roles("ADMIN"))
			.with(csrf().useInvalidToken())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/login").param("username", "x").param("password", "y"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void logoutEndsTheSession() {
		assertThat(this.mvc.post().uri("/admin/logout").with(user("chef").roles("ADMIN")).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/login?deconnecte");
	}

	@Test
	void theFirstAdministratorIsCreatedWithAGeneratedPasswordWhenNoneIsGiven() {
		this.users.deleteAll();
		String password = this.accounts.createFirstAdministratorIfNone().orElseThrow();
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		StaffUser admin = this.users.findByUsernameIgnoreCase("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(StaffRole.ADMIN);
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(password);
		assertThat(this.accounts.passwordMatches("admin", password)).isTrue();
		assertThat(this.accounts.createFirstAdministratorIfNone()).isEmpty();
	}

	@Test
	void administratorsCreateResetAndDisableAccounts() {
		MvcTestResult created = this.mvc.post()
			.uri("/admin/utilisateurs")
			.param("username", "paul")
			.param("role", "EDITOR")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND).flash().containsKey("success");
		StaffUser paul = this.users.findByUsernameIgnoreCase("paul").orElseThrow();
		assertThat(paul.getRole()).isEqualTo(StaffRole.EDITOR);
		assertThat(this.mvc.post()
			.uri("/admin/utilisateurs")
			.param("username", "paul")
			.param("role", "EDITOR")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Cet identifiant est déjà utilisé.");
		assertThat(this.mvc.post()
			.uri("/admin/utilisateurs/" + paul.getId() + "/desactiver")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(paul.isEnabled()).isFalse();
		String before = paul.getPasswordHash();
		this.mvc.post()
			.uri("/admin/utilisateurs/" + paul.getId() + "/reinitialiser")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(paul.getPasswordHash()).isNotEqualTo(before);
	}

	@Test
	void theLastActiveAdministratorCannotBeDisabled() {
		this.users.deleteAll();
		StaffUser only = this.accounts.create("seul", PASSWORD, StaffRole.ADMIN);
		assertThat(this.mvc.post()
			.uri("/admin/utilisateurs/" + only.getId() + "/desactiver")
			.with(user("seul").roles("ADMIN"))
			.with(csrf())).flash().containsKey("failure");
		assertThat(only.isEnabled()).isTrue();
	}

	@Test
	void staffChangeTheirOwnPasswordAfterConfirmingTheCurrentOne() {
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		assertThat(changePassword("faux", "nouveau-mot-de-passe", "nouveau-mot-de-passe"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Le mot de passe actuel est incorrect.");
		assertThat(changePassword(PASSWORD, "nouveau-mot-de-passe", "autre-saisie-xyz"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Les deux saisies du nouveau mot de passe sont différentes.");
		assertThat(changePassword(PASSWORD, "court", "court")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("au moins 12 caractères");
		assertThat(changePassword(PASSWORD, "nouveau-mot-de-passe", "nouveau-mot-de-passe"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.accounts.passwordMatches("marie", "nouveau-mot-de-passe")).isTrue();
	}

	private MvcTestResult changePassword(String current, String password, String confirmation) {
		return this.mvc.post()
			.uri("/admin/mot-de-passe")
			.param("currentPassword", current)
			.param("newPassword", password)
			.param("confirmation", confirmation)
			.with(user("marie").roles("EDITOR"))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult login(String username, String password, String client) {
		return this.mvc.post()
			.uri("/admin/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(remoteAddress(client))
			.exchange();
	}

	private static RequestPostProcessor remoteAddress(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
