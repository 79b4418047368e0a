package fr.peringenierie.site.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Passwords guessed in parallel, as a script would: every answer is a French page, never
 * a server error, and every guess that was checked is counted.
 */
@SiteIntegrationTest
class LoginUnderAttackTests {

	static final String PASSWORD = "un-mot-de-passe-solide";

	static final int GUESSES = 30;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.users.findByUsernameIgnoreCase("cible").ifPresent(this.users::delete);
		this.jdbc.update("delete from login_failure");
	}

	@Test
	void parallelGuessesAreAllCountedAndNeverAnswerWithAServerError() throws Exception {
		StaffUser target = this.accounts.create("cible", PASSWORD, StaffRole.ADMIN);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService attackers = Executors.newFixedThreadPool(GUESSES);
		List<Future<MvcTestResult>> answers = new ArrayList<>();
		for (int i = 0; i < GUESSES; i++) {
			String client = "10.3.0." + (i + 1);
			String guess = "essai-" + i;
			answers.add(attackers.submit(() -> {
				start.await();
				return login("cible", guess, client);
			}));
		}
		start.countDown();
		int checked = 0;
		for (Future<MvcTestResult> answer : answers) {
			MvcTestResult result = answer.get();
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			String location = result.getResponse().getRedirectedUrl();
			assertThat(location).matches("/admin/login\\?erreur=(identifiants|attente&secondes=\\d+)");
			if (location.endsWith("identifiants")) {
				checked++;
			}
		}
		attackers.shutdown();
		assertThat(this.throttle.recentFailures("cible")).isEqualTo(checked);

		// Spread over many addresses, the guesses made the user name wait, for everybody.
		assertThat(checked).isGreaterThanOrEqualTo(LoginThrottle.FREE_ACCOUNT_FAILURES);
		assertThat(login("cible", PASSWORD, "10.3.1.1").getResponse().getRedirectedUrl())
			.startsWith("/admin/login?erreur=attente");
		// An administrator lifts the wait; the real user signs in.
		this.accounts.unlock(target.getId());
		assertThat(login("cible", PASSWORD, "10.3.1.1").getResponse().getRedirectedUrl()).isEqualTo("/admin");
	}

	@Test
	void parallelGuessesFromOneClientAreCheckedNoMoreThanItsAllowance() throws Exception {
		this.accounts.create("cible", PASSWORD, StaffRole.ADMIN);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService attacker = Executors.newFixedThreadPool(GUESSES);
		List<Future<MvcTestResult>> answers = new ArrayList<>();
		for (int i = 0; i < GUESSES; i++) {
			String guess = "essai-" + i;
			answers.add(attacker.submit(() -> {
				start.await();
				return login("cible", guess, "10.3.2.1");
			}));
		}
		start.countDown();
		int checked = 0;
		for (Future<MvcTestResult> answer : answers) {
			String location = answer.get().getResponse().getRedirectedUrl();
			assertThat(location).matches("/admin/login\\?erreur=(identifiants|attente&secondes=\\d+)");
			if (location.endsWith("identifiants")) {
				checked++;
			}
		}
		attacker.shutdown();
		assertThat(checked).isEqualTo(LoginThrottle.FREE_CLIENT_FAILURES);
		// The right password from that client waits too; from elsewhere it signs in.
		assertThat(login("cible", PASSWORD, "10.3.2.1").getResponse().getRedirectedUrl())
			.startsWith("/admin/login?erreur=attente");
		assertThat(login("cible", PASSWORD, "10.3.2.2").getResponse().getRedirectedUrl()).isEqualTo("/admin");
	}

	@Test
	void aSuccessfulSignInDoesNotUseUpItsClientsAllowance() {
		this.accounts.create("cible", PASSWORD, StaffRole.ADMIN);
		for (int i = 0; i < 2 * LoginThrottle.FREE_CLIENT_FAILURES; i++) {
			assertThat(login("cible", PASSWORD, "10.3.3.1").getResponse().getRedirectedUrl()).isEqualTo("/admin");
		}
	}

	private MvcTestResult login(String username, String password, String client) {
		return this.mvc.post()
			.uri("/admin/login")
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
