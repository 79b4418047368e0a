package fr.peringenierie.site.admin;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import fr.peringenierie.site.SiteIntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.peringenierie.site.SiteProcess;
import fr.peringenierie.site.mail.MailOutbox;
import fr.peringenierie.site.web.StaffRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Device cookies (OWASP): a stranger's guesses against an account never slow down the
 * browser its owner signed in from before; that trust ends with the account's sessions.
 * Over real HTTP, every client from the same address, as behind one office router.
 */
@SiteIntegrationTest
class TrustedDeviceTests {

	static final String PASSWORD = "girafe cornichon lampadaire orage";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(SiteProcess.freePort(), "127.0.0.1", "smtp"));

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	MailOutbox outbox;

	int configuredPort;

	@BeforeEach
	void sendMailToGreenMail() {
		this.configuredPort = this.mailSender.getPort();
		this.mailSender.setPort(greenMail.getSmtp().getPort());
	}

	@AfterEach
	void forget() {
		this.mailSender.setPort(this.configuredPort);
		this.jdbc.update("delete from outgoing_mail");
		this.users.findByUsernameIgnoreCase("directrice").ifPresent(this.users::delete);
		this.jdbc.update("delete from login_failure");
		this.jdbc.update("delete from trusted_device");
	}

	@Test
	void theOwnersBrowserSignsInAtOnceWhileAStrangerGuessesHerPassword() throws Exception {
		StaffUser director = this.accounts.create("directrice", PASSWORD, StaffRole.ADMIN);
		CookieManager cookies = new CookieManager();
		HttpClient hers = client(cookies);
		assertThat(signIn(hers, PASSWORD)).isEqualTo("/admin");
		assertThat(cookies.getCookieStore().getCookies()).extracting(HttpCookie::getName)
			.contains(TrustedDevices.COOKIE);
		signOut(cookies);

		// Thirty wrong passwords at once, from another browser.
		HttpClient stranger = client(new CookieManager());
		String token = csrf(stranger);
		List<CompletableFuture<String>> guesses = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			int guess = i;
			guesses.add(CompletableFuture.supplyAsync(() -> post(stranger, token, "essai-" + guess)));
		}
		guesses.forEach(CompletableFuture::join);
		assertThat(signIn(client(new CookieManager()), PASSWORD)).as("un navigateur inconnu attend")
			.startsWith("/admin/login?erreur=attente");

		// Her own browser is not kept out.
		assertThat(signIn(hers, PASSWORD)).isEqualTo("/admin");
		signOut(cookies);

		// A new password ends her sessions and the trust in her browsers.
		this.accounts.resetPassword(director.getId());
		assertThat(signIn(hers, PASSWORD)).startsWith("/admin/login?erreur=");
	}

	/**
	 * A sign-in from a browser the account never used is told by e-mail; the next ones
	 * from that browser are not.
	 */
	@Test
	void aSignInFromANewBrowserIsToldByEmail() throws Exception {
		// An editor: an administrator with an address gives a second factor first
		// (SecondFactorTests).
		this.accounts.create("directrice", PASSWORD, StaffRole.EDITOR);
		this.accounts.changeOwnEmail("directrice", "Directrice@PER-ingenierie.test");
		HttpClient hers = client(new CookieManager());
		assertThat(signIn(hers, PASSWORD)).isEqualTo("/admin");
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			this.outbox.deliverDue(Instant.now());
			assertThat(greenMail.getReceivedMessages()).hasSize(1);
		});
		MimeMessage notice = greenMail.getReceivedMessages()[0];
		assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("directrice@per-ingenierie.test");
		assertThat(notice.getSubject()).isEqualTo("Nouvelle connexion à votre compte PER INGÉNIERIE");
		assertThat(GreenMailUtil.getBody(notice)).contains("directrice", "Adresse IP");

		assertThat(signIn(hers, PASSWORD)).isEqualTo("/admin");
		this.outbox.deliverDue(Instant.now());
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	private HttpClient client(CookieManager cookies) {
		return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Signs in and returns where the answer leads. */
	private String signIn(HttpClient client, String password) throws Exception {
		return post(client, csrf(client), password);
	}

	private String post(HttpClient client, String token, String password) {
		try {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/admin/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("username=directrice&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
							+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.headers().firstValue("Location").orElse("(" + response.statusCode() + ")");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Forgets the session, as closing the browser does; the device cookie stays. */
	private void signOut(CookieManager cookies) {
		cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> !cookie.getName().equals(TrustedDevices.COOKIE))
			.toList()
			.forEach((cookie) -> cookies.getCookieStore().remove(null, cookie));
	}

	private String csrf(HttpClient client) throws Exception {
		Matcher matcher = CSRF.matcher(
				client.send(HttpRequest.newBuilder(uri("/admin/login")).build(), HttpResponse.BodyHandlers.ofString())
					.body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
