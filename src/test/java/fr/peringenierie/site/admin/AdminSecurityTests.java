package fr.peringenierie.site.admin;

import jakarta.servlet.http.Cookie;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.sitewide.SiteSetting;
import fr.peringenierie.site.sitewide.SiteSettingRepository;
import fr.peringenierie.site.web.StaffRole;
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

	@Autowired
	SiteSettingRepository settings;

	static int signIns;

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
			.contains("Identifiant ou mot de passe incorrect, ou compte désactivé.");
		assertThat(login("personne", "pas-le-bon", "10.1.0.2")).redirectedUrl()
			.isEqualTo("/admin/login?erreur=identifiants");
	}

	@Test
	void failuresFromOneClientSlowThatClientDownButNeverKeepTheRealUserOut() {
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		for (int i = 0; i < LoginThrottle.FREE_CLIENT_FAILURES; i++) {
			assertThat(login("marie", "essai-" + i, "10.1.0.3")).redirectedUrl()
				.isEqualTo("/admin/login?erreur=identifiants");
		}
		// The guessing client waits, even with the right password, and is told so.
		MvcTestResult refused = login("marie", PASSWORD, "10.1.0.3");
		assertThat(refused).redirectedUrl().startsWith("/admin/login?erreur=attente&secondes=");
		assertThat(this.mvc.get().uri(refused.getResponse().getRedirectedUrl())).bodyText()
			.contains("Trop de tentatives de connexion : patientez");
		// The real user, from elsewhere, is not kept out.
		assertThat(login("marie", PASSWORD, "10.1.0.30")).redirectedUrl().isEqualTo("/admin");
	}

	@Test
	void aClientThatFailsTooOftenWaitsWhicheverNameItTries() {
		for (int i = 0; i < LoginThrottle.FREE_CLIENT_FAILURES; i++) {
			login("inconnu-" + i, "essai", "10.1.0.4");
		}
		assertThat(login("autre-nom", "essai", "10.1.0.4")).redirectedUrl().startsWith("/admin/login?erreur=attente");
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		assertThat(login("marie", PASSWORD, "10.1.0.5")).redirectedUrl().isEqualTo("/admin");
	}

	@Test
	void signingInDoesNotForgiveTheClientItsFailuresOnOtherAccounts() {
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		for (int i = 0; i < 4; i++) {
			login("collegue-" + i, "essai", "10.1.0.7");
		}
		assertThat(login("marie", PASSWORD, "10.1.0.7")).redirectedUrl().isEqualTo("/admin");
		login("collegue-4", "essai", "10.1.0.7");
		assertThat(login("collegue-9", "essai", "10.1.0.7")).redirectedUrl().startsWith("/admin/login?erreur=attente");
	}

	@Test
	void answersNeverTellWhetherAUserNameExists() {
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR).setEnabled(false);
		assertThat(login("marie", PASSWORD, "10.1.0.8")).redirectedUrl().isEqualTo("/admin/login?erreur=identifiants");
		assertThat(login("marie", "faux-mot-de-passe", "10.1.0.8")).redirectedUrl()
			.isEqualTo("/admin/login?erreur=identifiants");
		assertThat(login("personne-de-ce-nom", "faux-mot-de-passe", "10.1.0.8")).redirectedUrl()
			.isEqualTo("/admin/login?erreur=identifiants");
	}

	@Test
	void administratorsLiftTheDelayOnAnAccount() {
		StaffUser marie = this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		for (int i = 0; i < 3; i++) {
			login("marie", "essai-" + i, "10.1.0.9");
		}
		assertThat(this.mvc.get().uri("/admin/utilisateurs").with(user("chef").roles("ADMIN"))).bodyText()
			.contains("Débloquer marie");
		assertThat(this.mvc.post()
			.uri("/admin/utilisateurs/" + marie.getId() + "/debloquer")
			.with(user("chef").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/utilisateurs").with(user("chef").roles("ADMIN"))).bodyText()
			.doesNotContain("Débloquer marie");
	}

	@Test
	void disablingDemotingOrResettingAnAccountEndsItsOpenSessionsAtOnce() {
		StaffUser marie = this.accounts.create("marie", PASSWORD, StaffRole.ADMIN);
		this.accounts.create("chef", PASSWORD, StaffRole.ADMIN);

		Cookie session = signIn("marie");
		assertThat(this.mvc.get().uri("/admin/demandes/personne").cookie(session)).hasStatusOk();
		this.accounts.changeRole(marie.getId(), StaffRole.EDITOR);
		assertThat(this.mvc.get().uri("/admin/edito").cookie(session)).redirectedUrl()
			.isEqualTo("/admin/login?erreur=session");

		session = signIn("marie");
		assertThat(this.mvc.get().uri("/admin/edito").cookie(session)).hasStatusOk();
		String password = this.accounts.resetPassword(marie.getId());
		assertThat(this.mvc.get().uri("/admin/edito").cookie(session)).redirectedUrl()
			.isEqualTo("/admin/login?erreur=session");

		// A reset password is temporary: its owner is sent to choose their own.
		MvcTestResult withTemporary = login("marie", password, "10.1.1." + (++signIns));
		assertThat(withTemporary).redirectedUrl().isEqualTo("/admin/mot-de-passe");
		session = withTemporary.getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/admin/mot-de-passe").cookie(session)).hasStatusOk();
		this.accounts.setEnabled(marie.getId(), false);
		assertThat(this.mvc.get().uri("/admin/demandes/export.csv").cookie(session)).redirectedUrl()
			.isEqualTo("/admin/login?erreur=session");
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() {
		this.accounts.create("marie", PASSWORD, StaffRole.EDITOR);
		Cookie here = signIn("marie");
		Cookie elsewhere = signIn("marie");
		assertThat(this.mvc.post()
			.uri("/admin/mot-de-passe")
			.param("currentPassword", PASSWORD)
			.param("newPassword", "nouveau-mot-de-passe")
			.param("confirmation", "nouveau-mot-de-passe")
			.cookie(here)
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/edito").cookie(here)).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/edito").cookie(elsewhere)).redirectedUrl()
			.isEqualTo("/admin/login?erreur=session");
	}

	@Test
	void prospectsPersonalDataLeavesTheSiteOnlyThroughAnAdministrator() {
		RequestPostProcessor editor = user("redac").roles("EDITOR");
		assertThat(this.mvc.get().uri("/admin/demandes/export.csv").with(editor)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/demandes/personne").param("email", "a@b.fr").with(editor))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/demandes/personne/export.csv").param("email", "a@b.fr").with(editor))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/demandes/personne/effacer")
			.param("email", "a@b.fr")
			.with(editor)
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/demandes").with(editor)).hasStatusOk()
			.bodyText()
			.doesNotContain("Exporter en CSV", "Données d’une personne");
		assertThat(this.mvc.get().uri("/admin/demandes").with(user("chef").roles("ADMIN"))).bodyText()
			.contains("Exporter en CSV", "Données d’une personne");
	}

	@Test
	void editorsDoNotEvenSeeTheSettingsReservedToAdministrators() {
		SiteSetting recipient = this.settings.findByCode("contact.recipient").orElseThrow();
		recipient.setValue("interne@per-ingenierie.test");
		RequestPostProcessor editor = user("redac").roles("EDITOR");
		assertThat(this.mvc.get().uri("/admin/parametres").with(editor)).hasStatusOk()
			.bodyText()
			.doesNotContain(recipient.getLabel(), "interne@per-ingenierie.test");
		assertThat(this.mvc.get().uri("/admin/parametres/" + recipient.getId()).with(editor))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/parametres").with(user("chef").roles("ADMIN"))).bodyText()
			.contains(recipient.getLabel());
		assertThat(this.mvc.get().uri("/mentions-legales")).bodyText().doesNotContain("interne@per-ingenierie.test");
	}

	private Cookie signIn(String username) {
		return signIn(username, PASSWORD);
	}

	private Cookie signIn(String username, String password) {
		MvcTestResult result = login(username, password, "10.1.1." + (++signIns));
		assertThat(result).redirectedUrl().isEqualTo("/admin");
		return result.getResponse().getCookie("SESSION");
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
		for (String guessable : new String[] { "motdepasse123", "azertyuiop123", "peringenierie2026",
				"marie-2026-marie" }) {
			assertThat(changePassword(PASSWORD, guessable, guessable)).as(guessable)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.containsAnyOf("trop facile à deviner", "nom de l’entreprise", "votre identifiant");
		}
		assertThat(this.accounts.passwordMatches("marie", PASSWORD)).isTrue();
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
