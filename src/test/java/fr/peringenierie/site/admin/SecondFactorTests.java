package fr.peringenierie.site.admin;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An administrator's password alone does not open the back office: a code sent to her
 * e-mail (or her passkey, see the browser tests) must follow; until then nothing of the
 * back office answers, in any spelling, nor can a passkey be added. An administrator with
 * neither is let in and asked to add one; an editor is not concerned.
 */
@SiteIntegrationTest
class SecondFactorTests {

	static final String PASSWORD = "girafe cornichon lampadaire orage";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	JdbcTemplate jdbc;

	static int client;

	@AfterEach
	void forget() {
		for (String name : new String[] { "directrice", "redactrice" }) {
			this.users.findByUsernameIgnoreCase(name).ifPresent(this.users::delete);
		}
		this.jdbc.update("delete from outgoing_mail");
		this.jdbc.update("delete from one_time_tokens");
		this.jdbc.update("delete from trusted_device");
		this.jdbc.update("delete from login_failure");
	}

	@Test
	void anAdministratorsPasswordIsFollowedByACodeSentToHerEmail() {
		this.accounts.create("directrice", PASSWORD, StaffRole.ADMIN);
		this.accounts.changeOwnEmail("directrice", "directrice@per-ingenierie.test");
		MvcTestResult signedIn = login("directrice");
		assertThat(signedIn).redirectedUrl().isEqualTo(SecondFactor.PATH);
		Cookie session = signedIn.getResponse().getCookie("SESSION");

		for (String guarded : new String[] { "/admin", "/admin/edito", "/admin/demandes", "/%61dmin/edito",
				"/admin//utilisateurs", "/admin/mot-de-passe" }) {
			assertThat(this.mvc.get().uri(guarded).cookie(session)).as(guarded)
				.satisfiesAnyOf((result) -> assertThat(result).redirectedUrl().isEqualTo(SecondFactor.PATH),
						(result) -> assertThat(result).hasStatus(HttpStatus.BAD_REQUEST));
		}
		assertThat(this.mvc.post().uri("/webauthn/register/options").cookie(session).with(csrf())).redirectedUrl()
			.isEqualTo(SecondFactor.PATH);
		assertThat(this.mvc.get().uri(SecondFactor.PATH).cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Confirmez que c’est bien vous", "M’envoyer un code")
			.doesNotContain("class=\"admin-nav\"", "admin-search");

		assertThat(this.mvc.post()
			.uri(SecondFactor.PATH + "/verifier")
			.param("code", "pas-un-code")
			.cookie(session)
			.with(csrf())).redirectedUrl().isEqualTo(SecondFactor.PATH);
		assertThat(this.mvc.post().uri(SecondFactor.PATH + "/envoyer").cookie(session).with(csrf())).redirectedUrl()
			.isEqualTo(SecondFactor.PATH);
		String code = this.jdbc.queryForObject("select token_value from one_time_tokens where username = 'directrice'",
				String.class);
		assertThat(this.jdbc.queryForObject("select body from outgoing_mail where recipient = ? and subject = ?",
				String.class, "directrice@per-ingenierie.test", "Votre code de connexion PER INGÉNIERIE"))
			.contains(code, SecondFactor.PATH + "?code=" + code);

		MvcTestResult verified = this.mvc.post()
			.uri(SecondFactor.PATH + "/verifier")
			.param("code", code)
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(verified).redirectedUrl().isEqualTo("/admin");
		Cookie opened = (verified.getResponse().getCookie("SESSION") != null)
				? verified.getResponse().getCookie("SESSION") : session;
		assertThat(this.mvc.get().uri("/admin/edito").cookie(opened)).hasStatusOk();
		// A code serves once.
		assertThat(this.jdbc.queryForObject("select count(*) from one_time_tokens", Integer.class)).isZero();
	}

	/**
	 * Recovery codes, made from « Mon compte » and shown once, each open the back office
	 * once as second factor; they are kept hashed.
	 */
	@Test
	void aRecoveryCodeServesOnceAsSecondFactor() throws Exception {
		this.accounts.create("directrice", PASSWORD, StaffRole.ADMIN);
		String page = this.mvc.post()
			.uri("/admin/mot-de-passe/codes-de-secours")
			.with(user("directrice").roles("ADMIN"))
			.with(csrf())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.regex.Matcher found = java.util.regex.Pattern
			.compile("<code>([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})</code>")
			.matcher(page);
		assertThat(found.find()).isTrue();
		String code = found.group(1);
		assertThat(this.jdbc.queryForObject("select count(*) from recovery_code where username = 'directrice'",
				Integer.class))
			.isEqualTo(RecoveryCodes.COUNT);
		assertThat(this.jdbc.queryForObject("select count(*) from recovery_code where code_hash like ?", Integer.class,
				"%" + code + "%"))
			.isZero();
		assertThat(this.mvc.post()
			.uri("/admin/mot-de-passe/codes-de-secours")
			.with(user("redac").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);

		MvcTestResult signedIn = login("directrice");
		assertThat(signedIn).redirectedUrl().isEqualTo(SecondFactor.PATH);
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(this.mvc.post()
			.uri(SecondFactor.PATH + "/secours")
			.param("code", code.toLowerCase().replace("-", " "))
			.cookie(session)
			.with(csrf())).redirectedUrl().isEqualTo("/admin");

		MvcTestResult again = login("directrice");
		assertThat(this.mvc.post()
			.uri(SecondFactor.PATH + "/secours")
			.param("code", code)
			.cookie(again.getResponse().getCookie("SESSION"))
			.with(csrf())).redirectedUrl().isEqualTo(SecondFactor.PATH);
		this.jdbc.update("delete from recovery_code");
	}

	@Test
	void anAdministratorWithoutPasskeyNorEmailIsLetInAndAskedToAddOne() {
		this.accounts.create("directrice", PASSWORD, StaffRole.ADMIN);
		MvcTestResult signedIn = login("directrice");
		assertThat(signedIn).redirectedUrl().isEqualTo("/admin");
		assertThat(this.mvc.get().uri("/admin").cookie(signedIn.getResponse().getCookie("SESSION"))).hasStatusOk()
			.bodyText()
			.contains("s’ouvre avec le mot de passe seul", "À faire avant le");
		assertThat(this.jdbc.queryForObject("select second_factor_due_at from staff_user where username = 'directrice'",
				Timestamp.class))
			.isNotNull();
	}

	/**
	 * Past her grace, an administrator's password alone opens « Mon compte » only, where
	 * she adds a second factor; then the back office opens. Never locked out.
	 */
	@Test
	void pastTheGraceAPasswordAloneOpensOnlyMyAccountUntilASecondFactorIsAdded() {
		this.accounts.create("directrice", PASSWORD, StaffRole.ADMIN);
		this.jdbc.update("update staff_user set second_factor_due_at = ? where username = 'directrice'",
				Timestamp.from(Instant.now().minusSeconds(60)));
		MvcTestResult signedIn = login("directrice");
		assertThat(signedIn).redirectedUrl().isEqualTo("/admin/mot-de-passe#cles");
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		for (String elsewhere : new String[] { "/admin", "/admin/edito", "/admin/demandes", "/%61dmin/utilisateurs" }) {
			assertThat(this.mvc.get().uri(elsewhere).cookie(session)).as(elsewhere)
				.satisfiesAnyOf((result) -> assertThat(result).redirectedUrl().isEqualTo("/admin/mot-de-passe#cles"),
						(result) -> assertThat(result).hasStatus(HttpStatus.BAD_REQUEST));
		}
		assertThat(this.mvc.get().uri("/admin/edito").cookie(session)).redirectedUrl()
			.isEqualTo("/admin/mot-de-passe#cles");
		assertThat(this.mvc.get().uri("/admin").cookie(session)).redirectedUrl().isEqualTo("/admin/mot-de-passe#cles");
		assertThat(this.mvc.get().uri("/admin/mot-de-passe").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("le délai pour y remédier est passé");
		assertThat(this.mvc.post()
			.uri("/admin/mot-de-passe/courriel")
			.param("email", "directrice@per-ingenierie.test")
			.cookie(session)
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/mot-de-passe").cookie(session)).hasStatusOk()
			.bodyText()
			.doesNotContain("le délai pour y remédier est passé");
		assertThat(this.mvc.get().uri("/admin/edito").cookie(session)).hasStatusOk();
	}

	@Test
	void anEditorsPasswordIsEnough() {
		this.accounts.create("redactrice", PASSWORD, StaffRole.EDITOR);
		this.accounts.changeOwnEmail("redactrice", "redactrice@per-ingenierie.test");
		MvcTestResult signedIn = login("redactrice");
		assertThat(signedIn).redirectedUrl().isEqualTo("/admin");
		assertThat(this.mvc.get().uri("/admin").cookie(signedIn.getResponse().getCookie("SESSION"))).hasStatusOk()
			.bodyText()
			.doesNotContain("s’ouvre avec le mot de passe seul");
	}

	/**
	 * A person who lost her phone: an administrator removes her passkeys; each removal is
	 * journaled and told to her by e-mail. An editor cannot.
	 */
	@Test
	void anAdministratorRemovesTheCredentialsOfAPersonWhoLostHerDevice() {
		StaffUser editor = this.accounts.create("redactrice", PASSWORD, StaffRole.EDITOR);
		this.accounts.changeOwnEmail("redactrice", "redactrice@per-ingenierie.test");
		this.jdbc
			.update("insert into user_entities (id, name, display_name) values ('dXNlcg', 'redactrice', 'redactrice')");
		this.jdbc
			.update("insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count, "
					+ "backup_eligible, backup_state, authenticator_transports, public_key_credential_type, label, "
					+ "created, last_used) values ('Y2xl', 'dXNlcg', ?, 0, false, false, 'internal', 'public-key', "
					+ "'Téléphone perdu', current_timestamp, current_timestamp)", (Object) new byte[] { 1, 2, 3 });
		try {
			assertThat(this.mvc.post()
				.uri("/admin/utilisateurs/" + editor.getId() + "/cles")
				.with(user("redac").roles("EDITOR"))
				.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post()
				.uri("/admin/utilisateurs/" + editor.getId() + "/cles")
				.with(user("directeur").roles("ADMIN"))
				.with(csrf())).hasStatus(HttpStatus.FOUND)
				.flash()
				.extractingByKey("success")
				.asString()
				.contains("Une clé");
			assertThat(this.jdbc.queryForObject("select count(*) from user_credentials", Integer.class)).isZero();
			assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'Clé d’accès retirée' and username = 'directeur'",
					Integer.class))
				.isOne();
			assertThat(
					this.jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and body like ?",
							Integer.class, "redactrice@per-ingenierie.test", "%Téléphone perdu%"))
				.isOne();
		}
		finally {
			this.jdbc.update("delete from user_credentials");
			this.jdbc.update("delete from user_entities");
		}
	}

	private MvcTestResult login(String username) {
		String address = "10.9.0." + (++client);
		return this.mvc.post()
			.uri("/admin/login")
			.param("username", username)
			.param("password", PASSWORD)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

}
