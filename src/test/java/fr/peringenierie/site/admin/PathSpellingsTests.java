package fr.peringenierie.site.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every back-office route and the sign-in, in every spelling an attacker tries (encoded
 * letters, doubled slashes, dot segments, path parameters, case), against the real
 * server: signed out, as an editor on administrators' routes, with a session whose
 * account was deactivated or demoted, and throttled. Each spelling either gets exactly
 * the checks of the plain address, or is refused (400, 404); none gets further.
 */
@SiteIntegrationTest
class PathSpellingsTests {

	static final String PASSWORD = "un-mot-de-passe-solide";

	/** Routes only administrators may use, as the security configuration lists them. */
	static final List<String> ADMIN_ONLY = List.of("/admin/utilisateurs", "/admin/demandes/export.csv");

	/** Routes a contributor may not use: contact requests, settings, the bin, reviews. */
	static final List<String> NOT_FOR_CONTRIBUTORS = List.of("/admin/demandes", "/admin/parametres", "/admin/corbeille",
			"/admin/relecture", "/admin/journal");

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void accounts() {
		this.accounts.create("redactrice", PASSWORD, StaffRole.EDITOR);
		this.accounts.create("directeur", PASSWORD, StaffRole.ADMIN);
		this.accounts.create("contributeur", PASSWORD, StaffRole.CONTRIBUTOR);
	}

	@AfterEach
	void cleanUp() {
		this.users.findByUsernameIgnoreCase("redactrice").ifPresent(this.users::delete);
		this.users.findByUsernameIgnoreCase("directeur").ifPresent(this.users::delete);
		this.users.findByUsernameIgnoreCase("contributeur").ifPresent(this.users::delete);
		this.jdbc.update("delete from login_failure");
		this.jdbc.update("delete from staff_browser");
	}

	@Test
	void signedOutNoSpellingOfABackOfficeRouteGetsIn() throws IOException {
		for (String route : backOfficeRoutes()) {
			for (String spelling : spellings(route)) {
				for (String method : List.of("GET", "POST")) {
					Answer answer = send(method, spelling, Map.of(), null);
					assertThat(answer.status()).as(method + " " + spelling)
						.isGreaterThanOrEqualTo(300)
						.isNotEqualTo(500);
					if (answer.isRedirect()) {
						assertThat(answer.location()).as(method + " " + spelling).endsWith("/admin/login");
					}
				}
			}
		}
	}

	@Test
	void anEditorReachesNoAdministratorsRouteInAnySpelling() throws IOException {
		Browser editor = signIn("redactrice", "10.7.0.1");
		for (String route : ADMIN_ONLY) {
			for (String spelling : spellings(route)) {
				Answer answer = editor.get(spelling);
				assertThat(answer.status()).as(spelling).isIn(400, 403, 404);
			}
		}
		// The same session still works where it should: the test can tell.
		assertThat(editor.get("/admin/edito").status()).isEqualTo(200);
		assertThat(editor.get("/%61dmin/edito").status()).isEqualTo(200);
	}

	@Test
	void aContributorReachesNoPublishersRouteInAnySpelling() throws IOException {
		Browser contributor = signIn("contributeur", "10.7.0.2");
		for (String route : NOT_FOR_CONTRIBUTORS) {
			for (String spelling : spellings(route)) {
				assertThat(contributor.get(spelling).status()).as(spelling).isIn(400, 403, 404);
			}
		}
		for (String spelling : spellings("/admin/utilisateurs")) {
			assertThat(contributor.get(spelling).status()).as(spelling).isIn(400, 403, 404);
		}
		assertThat(contributor.get("/admin/edito").status()).isEqualTo(200);
		assertThat(contributor.get("/%61dmin/edito").status()).isEqualTo(200);
	}

	@Test
	void aDeactivatedAccountsSessionEndsWhateverTheSpelling() throws IOException {
		StaffUser director = this.users.findByUsernameIgnoreCase("directeur").orElseThrow();
		for (String route : ADMIN_ONLY) {
			for (String spelling : spellings(route)) {
				this.accounts.setEnabled(director.getId(), true);
				Browser browser = signIn("directeur", "10.7.1.1");
				assertThat(browser.get("/admin/utilisateurs").status()).isEqualTo(200);
				this.accounts.setEnabled(director.getId(), false);
				Answer answer = browser.get(spelling);
				assertThat(answer.status()).as(spelling).isGreaterThanOrEqualTo(300);
				// Ended: not even the plain address opens with it any more.
				assertThat(browser.get("/admin").location()).as(spelling).contains("/admin/login");
			}
		}
	}

	@Test
	void aDemotedAccountsSessionEndsWhateverTheSpelling() throws IOException {
		StaffUser director = this.users.findByUsernameIgnoreCase("directeur").orElseThrow();
		for (String spelling : spellings("/admin/utilisateurs")) {
			this.accounts.changeRole(director.getId(), StaffRole.ADMIN);
			Browser browser = signIn("directeur", "10.7.2.1");
			this.accounts.changeRole(director.getId(), StaffRole.EDITOR);
			Answer answer = browser.get(spelling);
			assertThat(answer.status()).as(spelling).isGreaterThanOrEqualTo(300);
			assertThat(browser.get("/admin").location()).as(spelling).contains("/admin/login");
		}
	}

	@Test
	void aThrottledClientCannotSignInThroughAnySpellingOfTheLoginAddress() throws IOException {
		int client = 0;
		for (String spelling : spellings(LoginHandlers.LOGIN_PATH)) {
			String address = "10.7.3." + (++client);
			for (int i = 0; i < LoginThrottle.FREE_CLIENT_FAILURES; i++) {
				this.throttle.recordFailure(address, "quelqu-un-" + i);
			}
			Browser browser = new Browser(address);
			Answer answer = browser.signIn(spelling, "directeur", PASSWORD);
			assertThat(answer.status()).as(spelling).isGreaterThanOrEqualTo(300).isNotEqualTo(500);
			assertThat(answer.signedIn()).as(spelling).isFalse();
			if (answer.isRedirect()) {
				assertThat(answer.location()).as(spelling).matches("/admin/login(\\?erreur=attente&secondes=\\d+)?");
			}
		}
		// The wait is the throttle's, not a broken sign-in: from elsewhere it works.
		assertThat(new Browser("10.7.3.200").signIn(LoginHandlers.LOGIN_PATH, "directeur", PASSWORD).signedIn())
			.isTrue();
	}

	@Test
	void guessesThroughEverySpellingCountTowardsTheSameAllowance() throws IOException {
		Browser attacker = new Browser("10.7.4.1");
		int checked = 0;
		for (String spelling : spellings(LoginHandlers.LOGIN_PATH)) {
			for (int i = 0; i < 3; i++) {
				Answer answer = attacker.signIn(spelling, "directeur", "essai-" + i);
				if ("/admin/login?erreur=identifiants".equals(answer.location())) {
					checked++;
				}
			}
		}
		assertThat(checked).isEqualTo(LoginThrottle.FREE_CLIENT_FAILURES);
	}

	/** Every GET or POST route of the back office, its variables filled in. */
	private Set<String> backOfficeRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET) && !methods.contains(RequestMethod.POST)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/admin") && !pattern.equals(LoginHandlers.LOGIN_PATH)) {
					routes.add(pattern.replace("{segment}", "parametre").replaceAll("\\{[^}]+}", "1"));
				}
			}
		}
		assertThat(routes).hasSizeGreaterThan(40).contains("/admin/utilisateurs", "/admin/demandes/export.csv");
		return routes;
	}

	/** The ways one address can be written that a server may take for it. */
	static List<String> spellings(String path) {
		String rest = path.substring("/admin".length());
		List<String> spellings = new ArrayList<>();
		spellings.add(path);
		spellings.add("/%61dmin" + rest);
		spellings.add("/%61%64%6D%69%6E" + rest);
		spellings.add(encodeLastLetter(path));
		spellings.add("/" + path);
		spellings.add(path.replaceFirst("/admin/", "/admin//"));
		spellings.add("/admin/." + rest);
		spellings.add("/x/.." + path);
		spellings.add("/admin/%2e" + rest);
		spellings.add("/admin;x=1" + rest);
		spellings.add(path + ";jsessionid=1");
		spellings.add(path + "/");
		spellings.add(path.toUpperCase(Locale.ROOT));
		spellings.add("/Admin" + rest);
		return spellings;
	}

	private static String encodeLastLetter(String path) {
		int at = path.length() - 1;
		while (at > 0 && !Character.isLetter(path.charAt(at))) {
			at--;
		}
		return path.substring(0, at) + String.format("%%%02x", (int) path.charAt(at)) + path.substring(at + 1);
	}

	private Browser signIn(String username, String client) throws IOException {
		Browser browser = new Browser(client);
		assertThat(browser.signIn(LoginHandlers.LOGIN_PATH, username, PASSWORD).signedIn()).isTrue();
		return browser;
	}

	private Answer send(String method, String path, Map<String, String> cookies, String form) throws IOException {
		return send(method, path, cookies, form, "127.0.0.1");
	}

	private Answer send(String method, String path, Map<String, String> cookies, String form, String client)
			throws IOException {
		StringBuilder request = new StringBuilder();
		request.append(method).append(' ').append(path).append(" HTTP/1.0\r\n");
		request.append("Host: localhost:").append(this.port).append("\r\n");
		request.append("X-Forwarded-For: ").append(client).append("\r\n");
		request.append("Accept: text/html\r\nConnection: close\r\n");
		if (!cookies.isEmpty()) {
			request.append("Cookie: ");
			cookies.forEach((name, value) -> request.append(name).append('=').append(value).append("; "));
			request.append("\r\n");
		}
		byte[] body = (form != null) ? form.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (method.equals("POST")) {
			request.append("Content-Type: application/x-www-form-urlencoded\r\n");
			request.append("Content-Length: ").append(body.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			return Answer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** What a browser keeps between requests: its cookies, and where it is. */
	private final class Browser {

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private final String client;

		Browser(String client) {
			this.client = client;
		}

		Answer get(String path) throws IOException {
			return remember(send("GET", path, this.cookies, null, this.client));
		}

		Answer signIn(String path, String username, String password) throws IOException {
			Answer page = get(LoginHandlers.LOGIN_PATH);
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
			assertThat(token.find()).as("jeton CSRF de la page de connexion").isTrue();
			return remember(send("POST", path, this.cookies,
					"username=" + username + "&password=" + password + "&_csrf=" + token.group(1), this.client));
		}

		private Answer remember(Answer answer) {
			answer.cookies().forEach((name, value) -> {
				if (value.isEmpty()) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			});
			return answer;
		}

	}

	record Answer(int status, Map<String, String> headers, Map<String, String> cookies, String body) {

		static Answer parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, (end >= 0) ? end : raw.length()).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			Map<String, String> cookies = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = lines[i].substring(colon + 1).trim();
				if (name.equals("set-cookie")) {
					String pair = value.split(";", 2)[0];
					cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
				}
				else {
					headers.put(name, value);
				}
			}
			return new Answer(status, headers, cookies, (end >= 0) ? raw.substring(end + 4) : "");
		}

		boolean isRedirect() {
			return this.status >= 300 && this.status < 400;
		}

		/** Where a redirect leads, by path (HTTP/1.0 answers name the host too). */
		String location() {
			return this.headers.getOrDefault("location", "").replaceFirst("^http://localhost:\\d+", "");
		}

		/** A sign-in that went through: a new session, sent on into the back office. */
		boolean signedIn() {
			return this.cookies.containsKey("SESSION") && isRedirect() && !location().contains("/admin/login");
		}

	}

}
