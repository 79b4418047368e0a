package fr.peringenierie.site.contact;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.SiteProcess;
import fr.peringenierie.site.sitewide.SiteSetting;
import fr.peringenierie.site.sitewide.SiteSettingRepository;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A prospect's request is stored before anything else, reaches the staff by e-mail
 * (through a real SMTP server, GreenMail) even when the mail server was down, and is
 * handled from the admin inbox.
 */
@SiteIntegrationTest
class ContactRequestTests {

	static final String RECIPIENT = "equipe@per-ingenierie.test";

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(SiteProcess.freePort(), "127.0.0.1", "smtp"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContactRequestRepository requests;

	@Autowired
	SiteSettingRepository settings;

	@Autowired
	NotificationOutbox outbox;

	@Autowired
	ContactInbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	static int client;

	@Autowired
	JavaMailSenderImpl mailSender;

	int configuredPort;

	@BeforeEach
	void setRecipientAndMailServer() {
		this.requests.deleteAll();
		setSetting("contact.recipient", RECIPIENT);
		// GreenMail listens on a port that was free when this class was loaded.
		this.configuredPort = this.mailSender.getPort();
		this.mailSender.setPort(greenMail.getSmtp().getPort());
	}

	@AfterEach
	void cleanUp() {
		this.requests.deleteAll();
		setSetting("contact.recipient", null);
		this.mailSender.setPort(this.configuredPort);
	}

	@Test
	void aValidRequestIsStoredThenMailedToTheStaff() throws Exception {
		assertThat(send(valid("cle-valide-0000000001"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/contact/merci?ref=cle-valide-0000000001");
		ContactRequest stored = only();
		assertThat(stored.getName()).isEqualTo("Jeanne Martin");
		// The thank-you page gives the reference the inbox shows, and what was sent.
		assertThat(this.mvc.get().uri("/contact/merci?ref=cle-valide-0000000001")).hasStatusOk()
			.bodyText()
			.contains("bien enregistrée", "n° " + stored.getId(), "Jeanne Martin", "noindex");
		assertThat(this.mvc.get().uri("/admin/demandes/" + stored.getId()).with(user("chef").roles("ADMIN"))).bodyText()
			.contains("Demande n° " + stored.getId());
		assertThat(this.mvc.get().uri("/contact/merci?ref=cle-inconnue-00000000")).hasStatusOk()
			.bodyText()
			.doesNotContain("Jeanne Martin");
		assertThat(stored.getStatus()).isEqualTo(ContactStatus.NEW);
		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(RECIPIENT);
		assertThat(mail.getReplyTo()[0].toString()).isEqualTo("jeanne.martin@example.org");
		assertThat(mail.getSubject()).isEqualTo("Demande de contact : Département Énergies — Jeanne Martin");
		assertThat(GreenMailUtil.getBody(mail)).contains("40 logements");
		awaitNotification(stored.getId(), NotificationStatus.SENT);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			name    |                     | Indiquez votre nom.
			name    | Jean <script>       | Le nom contient des caractères non autorisés
			name    | Jean\u0007Bip        | Le nom contient des caractères non autorisés
			email   | pas-une-adresse     | L’adresse e-mail n’est pas valide
			email   |                     | Indiquez votre adresse e-mail.
			phone   | appelez-moi         | Le numéro de téléphone ne peut contenir
			subject | piscine             | Choisissez l’objet de votre demande dans la liste.
			subject |                     | Choisissez l’objet de votre demande.
			message | court               | Le message doit compter entre 10 et 5 000 caractères.
			message | Texte\u0000nul ici  | Le message contient des caractères de contrôle ou illisibles
			message | Encodage \uFFFD cassé | Le message contient des caractères de contrôle ou illisibles
			company | Société <b>         | Le nom de la société contient des caractères non autorisés
			""")
	void invalidInputIsRefusedWithAFrenchMessageAndNothingIsStored(String field, String value, String message) {
		MockMvcRequestBuilder request = valid("cle-invalide-000000001", field, (value != null) ? value : "");
		assertThat(send(request)).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains(message.strip());
		assertThat(this.requests.count()).isZero();
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedShownEscaped() {
		assertThat(send(valid("cle-saisie-gardee-0001", "email", "faux", "company", "Les <b>Bâtisseurs</b>")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("value=\"Jeanne Martin\"", "value=\"faux\"", "Les &lt;b&gt;", "40 logements",
					"<option value=\"energies\" selected=\"selected\">");
	}

	@Test
	void oversizedFieldsAreRefused() {
		assertThat(send(valid("cle-trop-longue-00001", "message", "x".repeat(5001)))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Le message doit compter entre 10 et 5 000 caractères.");
		assertThat(send(valid("cle-trop-longue-00002", "name", "n".repeat(121)))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Le nom ne doit pas dépasser 120 caractères.");
		assertThat(this.requests.count()).isZero();
	}

	@Test
	void markupInTheMessageIsKeptAsTextAndAlwaysShownEscaped() {
		send(valid("cle-balisage-00000001", "message", "<script>alert('x')</script> Bonjour & merci"));
		ContactRequest stored = only();
		assertThat(stored.getMessage()).isEqualTo("<script>alert('x')</script> Bonjour & merci");
		assertThat(this.mvc.get().uri("/admin/demandes/" + stored.getId()).with(staff())).bodyText()
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Bonjour &amp; merci")
			.doesNotContain("<script>alert");
	}

	@Test
	void sendingTheSameFormTwiceStoresItOnce() {
		send(valid("cle-double-clic-00001"));
		assertThat(send(valid("cle-double-clic-00001"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/contact/merci?ref=cle-double-clic-00001");
		assertThat(this.requests.count()).isEqualTo(1);
	}

	@Test
	void aReusedSubmissionKeyWithAnotherMessageIsStoredNotDropped() {
		assertThat(send(valid("cle-reutilisee-000001", "message", "Premier message, premier projet.")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(send(valid("cle-reutilisee-000001", "message", "Second message, tout autre projet.")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(send(valid("cle-reutilisee-000001", "message", "Second message, tout autre projet.")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(send(valid("cle-reutilisee-000001", "message", "Troisième message, encore un autre.")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.requests.findAll()).extracting(ContactRequest::getMessage)
			.containsExactlyInAnyOrder("Premier message, premier projet.", "Second message, tout autre projet.",
					"Troisième message, encore un autre.");
	}

	@Test
	void browsersAreToldNotToRestoreTheSubmissionKey() {
		assertThat(this.mvc.get().uri("/contact")).bodyText()
			.containsPattern("<form[^>]*action=\"/contact\"[^>]*autocomplete=\"off\"")
			.containsPattern("<textarea[^>]*autocomplete=\"on\"");
	}

	@Test
	void aFormWithoutAValidCsrfTokenIsRejectedAndNothingIsStored() {
		assertThat(this.mvc.post()
			.uri("/contact")
			.param("name", "Jeanne")
			.param("email", "j@example.org")
			.param("subject", "amo")
			.param("message", "Un message assez long.")
			.param("submissionKey", "cle-sans-jeton-000001")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.requests.count()).isZero();
	}

	@Test
	void theHoneypotSendsTheRequestToTheSpamTrayWhereStaffCanRestoreIt() throws Exception {
		assertThat(send(valid("cle-robot-00000000001", "website", "http://spam.example"))).hasStatus(HttpStatus.FOUND);
		ContactRequest spam = only();
		assertThat(spam.getStatus()).isEqualTo(ContactStatus.SPAM);
		assertThat(spam.getSpamReason()).contains("Champ invisible rempli");
		assertThat(spam.getNotificationStatus()).isEqualTo(NotificationStatus.NOT_NEEDED);
		assertThat(this.mvc.get().uri("/admin/demandes").with(staff())).bodyText().contains("0 demande(s)");
		assertThat(this.mvc.get().uri("/admin/demandes").param("statut", "SPAM").with(staff())).bodyText()
			.contains("Jeanne Martin", "1 demande(s)");
		assertThat(this.mvc.post().uri("/admin/demandes/" + spam.getId() + "/restaurer").with(staff()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		assertThat(only().getStatus()).isEqualTo(ContactStatus.NEW);
	}

	@Test
	void aClientSendingTooManyRequestsIsToldWhenToRetryAndKeepsWhatWasTyped() {
		String address = nextClient();
		for (int i = 0; i < 5; i++) {
			assertThat(send(valid("cle-limite-00000000" + i).with(from(address)))).hasStatus(HttpStatus.FOUND);
		}
		MvcTestResult refused = send(
				valid("cle-limite-000000009", "message", "Mon sixieme message, garde tel quel.").with(from(address)));
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS).headers().containsHeader("Retry-After");
		assertThat(refused.getResponse().getHeader("Retry-After"))
			.satisfies((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1,
					(int) Duration.ofMinutes(10).toSeconds()));
		assertThat(refused).bodyText()
			.contains("Vous avez déjà envoyé 5 demandes en 10 minutes", "sera possible à partir de",
					"Mon sixieme message, garde tel quel.", "Jeanne Martin", "cle-limite-000000009");
		assertThat(this.requests.count()).isEqualTo(5);
	}

	@Test
	void formsSentBackForATypoDoNotCountTowardsTheLimit() {
		String address = nextClient();
		for (int i = 0; i < 6; i++) {
			assertThat(send(valid("cle-coquille-0000000" + i, "email", "jeanne.martin@").with(from(address))))
				.hasStatus(HttpStatus.BAD_REQUEST);
		}
		for (int i = 0; i < 5; i++) {
			assertThat(send(valid("cle-corrigee-0000000" + i, "message", "Message corrigé numéro " + i + ".")
				.with(from(address)))).hasStatus(HttpStatus.FOUND);
		}
		assertThat(this.requests.count()).isEqualTo(5);
	}

	@Test
	void aDoubleClickDoesNotCountTwiceTowardsTheLimit() {
		String address = nextClient();
		for (int i = 0; i < 5; i++) {
			assertThat(send(valid("cle-double-limite-001").with(from(address)))).hasStatus(HttpStatus.FOUND);
		}
		assertThat(send(
				valid("cle-double-limite-002", "message", "Une autre demande, bien distincte.").with(from(address))))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.requests.count()).isEqualTo(2);
	}

	@Test
	void whenTheMailServerIsDownTheRequestIsKeptAndSentOnRetry() throws Exception {
		greenMail.stop();
		send(valid("cle-panne-0000000001"));
		ContactRequest stored = only();
		awaitAttempts(stored.getId(), 1);
		ContactRequest failed = only();
		assertThat(failed.getNotificationStatus()).isEqualTo(NotificationStatus.PENDING);
		assertThat(failed.getNotificationError()).isEqualTo("Le serveur de messagerie ne répond pas : il est peut-être "
				+ "arrêté, ou son adresse ou son port sont mal configurés.");
		assertThat(this.mvc.get().uri("/admin/demandes/" + stored.getId()).with(staff())).bodyText()
			.contains("En attente d’envoi", "1 tentative(s)", "prochain essai", "ne répond pas")
			.doesNotContain("Exception", "java.", "angus");
		assertThat(this.mvc.get().uri("/admin").with(staff())).bodyText()
			.contains("1 en attente d’un nouvel essai", "href=\"/admin/demandes\"");
		greenMail.start();
		assertThat(this.outbox.deliverDue(Instant.now())).isZero();
		assertThat(this.outbox.deliverDue(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(1);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(only().getNotificationStatus()).isEqualTo(NotificationStatus.SENT);
	}

	@Test
	void staffCanResendANotification() throws Exception {
		send(valid("cle-renvoi-000000001"));
		ContactRequest stored = only();
		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		awaitNotification(stored.getId(), NotificationStatus.SENT);
		assertThat(this.mvc.post().uri("/admin/demandes/" + stored.getId() + "/renvoyer").with(staff()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(greenMail.waitForIncomingEmail(10_000, 2)).isTrue();
	}

	@Test
	void withoutARecipientTheRequestWaitsAndSaysWhy() {
		setSetting("contact.recipient", null);
		send(valid("cle-sans-dest-000001"));
		awaitAttempts(only().getId(), 1);
		assertThat(only().getNotificationError()).contains("Aucune adresse destinataire");
	}

	@Test
	void staffWorkThroughTheInbox() {
		send(valid("cle-boite-0000000001", "subject", "amo", "name", "Paul Durand"));
		send(valid("cle-boite-0000000002", "subject", "structure", "company", "Bâtisseurs du Sud"));
		List<ContactRequest> all = this.requests.findAll();
		assertThat(this.mvc.get().uri("/admin/demandes").param("objet", "amo").with(staff())).bodyText()
			.contains("Paul Durand", "1 demande(s)");
		assertThat(this.mvc.get().uri("/admin/demandes").param("q", "bâtisseurs").with(staff())).bodyText()
			.contains("Jeanne Martin", "1 demande(s)");
		assertThat(
				this.mvc.get().uri("/admin/demandes").param("du", "2000-01-01").param("au", "2000-12-31").with(staff()))
			.bodyText()
			.contains("0 demande(s)");
		assertThat(this.mvc.get().uri("/admin/demandes").param("du", "pas-une-date").with(staff()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Un filtre n’est pas valide");
		ContactRequest paul = all.stream().filter((r) -> r.getName().equals("Paul Durand")).findFirst().orElseThrow();
		this.mvc.post()
			.uri("/admin/demandes/" + paul.getId() + "/statut")
			.param("status", "IN_PROGRESS")
			.param("version", Long.toString(paul.getVersion()))
			.with(staff())
			.with(csrf())
			.exchange();
		ContactRequest inProgress = this.requests.findById(paul.getId()).orElseThrow();
		assertThat(inProgress.getStatus()).isEqualTo(ContactStatus.IN_PROGRESS);
		this.mvc.post()
			.uri("/admin/demandes/" + paul.getId() + "/note")
			.param("note", "Rappeler jeudi")
			.param("version", Long.toString(inProgress.getVersion()))
			.with(staff())
			.with(csrf())
			.exchange();
		assertThat(this.mvc.get().uri("/admin/demandes/" + paul.getId()).with(staff())).bodyText()
			.contains("Rappeler jeudi", "En cours");
		assertThat(this.mvc.post()
			.uri("/admin/demandes/" + paul.getId() + "/statut")
			.param("status", "DONE")
			.param("version", "0")
			.with(staff())
			.with(csrf())).flash().containsKey("failure");
		assertThat(this.mvc.post()
			.uri("/admin/demandes/" + paul.getId() + "/statut")
			.param("status", "INCONNU")
			.param("version", "0")
			.with(staff())
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/admin/demandes/" + paul.getId() + "/supprimer").with(staff())).hasStatusOk()
			.bodyText()
			.contains("immédiatement et définitivement", "ne passent pas par la corbeille");
		assertThat(this.mvc.post().uri("/admin/demandes/" + paul.getId() + "/supprimer").with(staff()).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/demandes/" + paul.getId() + "/supprimer");
		assertThat(this.requests.findById(paul.getId())).isPresent();
		this.mvc.post()
			.uri("/admin/demandes/" + paul.getId() + "/supprimer")
			.param("confirmed", "true")
			.with(staff())
			.with(csrf())
			.exchange();
		assertThat(this.requests.findById(paul.getId())).isEmpty();
		assertThat(this.mvc.get().uri("/admin/journal").with(staff())).bodyText().contains("Demande supprimée");
	}

	@Test
	void csvExportOpensInAFrenchSpreadsheetAndCannotRunFormulas() {
		send(valid("cle-csv-000000000001", "name", "=HYPERLINK(\"http://x\")", "company", "+33 Société; \"Sud\""));
		MvcTestResult export = this.mvc.get().uri("/admin/demandes/export.csv").with(administrator()).exchange();
		assertThat(export).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		byte[] body = export.getResponse().getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(body, StandardCharsets.UTF_8);
		assertThat(csv).contains("\"N°\";\"Reçue le\";\"Statut\"")
			.contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
			.contains("\"'+33 Société; \"\"Sud\"\"\"")
			.contains("\"Département Énergies\"");
	}

	@Test
	void everythingStoredForAnAddressCanBeExportedThenErased() {
		send(valid("cle-rgpd-00000000001"));
		send(valid("cle-rgpd-00000000002", "message", "Un second message pour vous."));
		send(valid("cle-rgpd-00000000003", "email", "autre@example.org"));
		assertThat(this.mvc.get()
			.uri("/admin/demandes/personne")
			.param("email", "JEANNE.MARTIN@example.org")
			.with(administrator())).bodyText().contains("2 demande(s) pour");
		assertThat(this.mvc.get()
			.uri("/admin/demandes/personne/export.csv")
			.param("email", "jeanne.martin@example.org")
			.with(administrator())).bodyText()
			.contains("Un second message pour vous.")
			.doesNotContain("autre@example.org");
		assertThat(this.mvc.get()
			.uri("/admin/demandes/personne/effacer")
			.param("email", "jeanne.martin@example.org")
			.with(administrator())).bodyText()
			.contains("Les 2 demande(s) envoyée(s) avec l’adresse jeanne.martin@example.org",
					"immédiatement et définitivement");
		this.mvc.post()
			.uri("/admin/demandes/personne/effacer")
			.param("email", "jeanne.martin@example.org")
			.with(administrator())
			.with(csrf())
			.exchange();
		assertThat(this.requests.findAll()).hasSize(3);
		this.mvc.post()
			.uri("/admin/demandes/personne/effacer")
			.param("email", "jeanne.martin@example.org")
			.param("confirmed", "true")
			.with(administrator())
			.with(csrf())
			.exchange();
		assertThat(this.requests.findAll()).extracting(ContactRequest::getEmail).containsExactly("autre@example.org");
		assertThat(this.mvc.get().uri("/admin/journal").with(administrator())).bodyText()
			.contains("2 demande(s) effacée(s)")
			.doesNotContain("jeanne.martin@example.org");
	}

	@Test
	void requestsArePurgedWhenTheirRetentionEnds() {
		send(valid("cle-purge-0000000001"));
		send(valid("cle-purge-0000000002", "name", "Récent"));
		ContactRequest old = this.requests.findAll()
			.stream()
			.filter((r) -> !r.getName().equals("Récent"))
			.findFirst()
			.orElseThrow();
		this.jdbc.update("update contact_request set last_exchange_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(3 * 365 + 2))), old.getId());
		assertThat(this.inbox.purgeExpiredNow()).isEqualTo(1);
		assertThat(this.requests.findById(old.getId())).isEmpty();
		assertThat(this.requests.findAll()).extracting(ContactRequest::getName).containsExactly("Récent");
	}

	@Test
	void theFormShowsThePersonalDataNoticeAndTheBrowserChecks() {
		assertThat(this.mvc.get().uri("/contact")).hasStatusOk()
			.bodyText()
			.contains("Vos données personnelles", "Base légale", "mesures précontractuelles", "Destinataires", "3 ans",
					"CNIL", "href=\"/confidentialite\"", "type=\"email\"", "required", "Département Structure",
					"Autre demande", "name=\"website\"");
	}

	private MvcTestResult send(MockMvcRequestBuilder request) {
		return request.exchange();
	}

	/**
	 * A valid request, with some fields replaced ({@code "field", "value"} pairs).
	 */
	private MockMvcRequestBuilder valid(String key, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Jeanne Martin");
		fields.put("company", "");
		fields.put("email", "jeanne.martin@example.org");
		fields.put("phone", "04 67 00 00 00");
		fields.put("subject", "energies");
		fields.put("message", "Bonjour, nous préparons 40 logements à Sète.");
		fields.put("website", "");
		fields.put("submissionKey", key);
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockMvcRequestBuilder request = this.mvc.post().uri("/contact");
		fields.forEach(request::param);
		return request.with(csrf()).with(from(nextClient()));
	}

	private ContactRequest only() {
		List<ContactRequest> all = this.requests.findAll();
		assertThat(all).hasSize(1);
		return all.get(0);
	}

	private void awaitNotification(long id, NotificationStatus status) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.requests.findById(id).orElseThrow().getNotificationStatus())
				.isEqualTo(status));
	}

	private void awaitAttempts(long id, int attempts) {
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.requests.findById(id).orElseThrow().getNotificationAttempts())
				.isGreaterThanOrEqualTo(attempts));
	}

	private void setSetting(String code, String value) {
		this.transactions.executeWithoutResult((status) -> {
			SiteSetting setting = this.settings.findByCode(code).orElseThrow();
			setting.setValue(value);
		});
	}

	private static synchronized String nextClient() {
		client++;
		return "10.20." + (client / 250) + "." + (client % 250 + 1);
	}

	private static RequestPostProcessor staff() {
		return user("chef").roles("EDITOR");
	}

	private static RequestPostProcessor administrator() {
		return user("directeur").roles("ADMIN");
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void anAdministratorTestsTheNotificationAddressFromItsScreen() throws Exception {
		int before = greenMail.getReceivedMessages().length;
		assertThat(this.mvc.post()
			.uri("/admin/parametres/groupe/notifications/essai")
			.with(user("chef").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsKey("success");
		greenMail.waitForIncomingEmail(5000, before + 1);
		assertThat(greenMail.getReceivedMessages()[before].getSubject()).isEqualTo("Essai d’envoi depuis le site");
		assertThat(this.mvc.post()
			.uri("/admin/parametres/groupe/notifications/essai")
			.with(user("redaction").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		setSetting("contact.recipient", null);
		assertThat(this.mvc.post()
			.uri("/admin/parametres/groupe/notifications/essai")
			.with(user("chef").roles("ADMIN"))
			.with(csrf())).flash().containsKey("failure");
	}

}
