package fr.peringenierie.site.admin;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.project.ProjectRepository;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file too large to upload, sent through the real server as a browser sends it: the
 * member of staff reads that it is too large, in French, whatever its size.
 */
@SiteIntegrationTest
class UploadLimitsTests {

	static final String PASSWORD = "un-mot-de-passe-solide";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	ProjectRepository projects;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeEach
	void signIn() throws Exception {
		this.accounts.create("televerseur", PASSWORD, StaffRole.EDITOR);
		String token = csrf("/admin/login");
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=televerseur&password=" + PASSWORD + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).contains("/admin");
	}

	@AfterEach
	void removeAccount() {
		this.users.findByUsernameIgnoreCase("televerseur").ifPresent(this.users::delete);
	}

	@Test
	void anImageOverTheLimitIsRefusedAsTooLarge() throws Exception {
		Project project = this.projects.findBySlug("doramar").orElseThrow();
		String page = "/admin/realisations/" + project.getId();
		HttpResponse<String> response = upload(page, 27 * 1024 * 1024);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(get(page).body()).contains("Le fichier est trop volumineux (27,0 Mo) : 25 Mo au maximum.",
				"La photo n’a pas été enregistrée.");
	}

	@Test
	void aBodyFarOverTheLimitIsRefusedAsTooLargeBeforeItIsRead() throws Exception {
		Project project = this.projects.findBySlug("doramar").orElseThrow();
		HttpResponse<String> response = upload("/admin/realisations/" + project.getId(), 110 * 1024 * 1024);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("<html lang=\"fr\">", "trop volumineux", "25 Mo")
			.doesNotContain("Demande invalide", "Accès refusé");
	}

	/**
	 * Several files sent at once from the same session (two tabs, or photos chosen
	 * together): each answer leaves its message for the next page in the session, and
	 * none fails for writing the same session attribute as another.
	 */
	@Test
	void uploadsSentTogetherFromOneSessionAllGetTheirAnswer() throws Exception {
		Project project = this.projects.findBySlug("doramar").orElseThrow();
		String page = "/admin/realisations/" + project.getId();
		// One page, one token, several files sent from it at once.
		String token = csrf(page);
		for (int round = 0; round < 3; round++) {
			List<CompletableFuture<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					try {
						return upload(page, 2048, token).statusCode();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}));
			}
			assertThat(answers).extracting(CompletableFuture::join).containsOnly(302);
		}
	}

	/**
	 * A photo sent by a real browser after its session ended: the container's own parsing
	 * of the body gives the text typed beside the file, kept for after sign-in, and the
	 * file's name, to be chosen again.
	 */
	@Test
	void anUploadAfterTheSessionEndedKeepsItsTextAndTheFilesName() throws Exception {
		Project project = this.projects.findBySlug("doramar").orElseThrow();
		String page = "/admin/realisations/" + project.getId();
		String token = csrf(page);
		this.jdbc.update("delete from spring_session");
		HttpResponse<String> response = upload(page, 2048, token);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?erreur=expiree"));
		assertThat(this.jdbc.queryForObject("select form_data from kept_form where username = 'televerseur'",
				String.class))
			.contains("Façade principale", "photo.png");
		this.jdbc.update("delete from kept_form where username = 'televerseur'");
	}

	private HttpResponse<String> upload(String page, int size) throws Exception {
		return upload(page, size, csrf(page));
	}

	private HttpResponse<String> upload(String page, int size, String token) throws Exception {
		String boundary = "limite-" + System.nanoTime();
		byte[] image = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, size);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "_csrf", token);
		field(body, boundary, "photoAlt", "Façade principale");
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"photo.png\""
				+ "\r\nContent-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(image);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri(page + "/photos"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	private String csrf(String path) throws Exception {
		Matcher matcher = CSRF.matcher(get(path).body());
		assertThat(matcher.find()).as("jeton CSRF dans " + path).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
