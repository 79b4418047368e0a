package fr.peringenierie.site.admin;

import jakarta.servlet.http.Cookie;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
			.contains("Confirmez que c’est bien vous", "M’envoyer un code");

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

	@Test
	void anAdministratorWithoutPasskeyNorEmailIsLetInAndAskedToAddOne() {
		this.accounts.create("directrice", PASSWORD, StaffRole.ADMIN);
		MvcTestResult signedIn = login("directrice");
		assertThat(signedIn).redirectedUrl().isEqualTo("/admin");
		assertThat(this.mvc.get().uri("/admin").cookie(signedIn.getResponse().getCookie("SESSION"))).hasStatusOk()
			.bodyText()
			.contains("s’ouvre avec le mot de passe seul");
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
