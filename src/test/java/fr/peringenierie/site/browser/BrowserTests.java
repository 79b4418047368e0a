package fr.peringenierie.site.browser;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import javax.imageio.ImageIO;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.peringenierie.site.AdminPages;
import fr.peringenierie.site.SampleContent;
import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.careers.JobOfferEditor;
import fr.peringenierie.site.admin.StaffAccounts;
import fr.peringenierie.site.admin.StaffUserRepository;
import fr.peringenierie.site.contact.ContactRequestRepository;
import fr.peringenierie.site.department.DepartmentRepository;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.project.ProjectEditor;
import fr.peringenierie.site.project.ProjectRepository;
import fr.peringenierie.site.sitewide.PageText;
import fr.peringenierie.site.sitewide.PageTextRepository;
import fr.peringenierie.site.sitewide.SiteSettingRepository;
import fr.peringenierie.site.web.RenderedPageCache;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site as visitors and staff really use it: headless Chromium, at a phone's and a
 * desktop's width, with JavaScript-free pages under a strict Content-Security-Policy.
 * Screenshots of every public page are written to {@code target/screenshots/}.
 */
@SiteIntegrationTest
class BrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final List<String> PUBLIC_PAGES = List.of("/", "/edito", "/histoire", "/departements",
			"/departements/structure", "/departements/energies", "/departements/moe", "/departements/amo", "/equipe",
			"/moyens-techniques", "/realisations", "/realisations/les-marches-des-cevennes", "/contact",
			"/mentions-legales", "/confidentialite", "/plan-du-site", "/actualites", "/recrutement",
			"/recrutement/candidature", "/page-inconnue");

	static final String[] WCAG_21_AA = { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa" };

	@LocalServerPort
	int port;

	@Autowired
	RenderedPageCache renderedPages;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	PageTextRepository texts;

	@Autowired
	ContactRequestRepository contactRequests;

	@Autowired
	SiteSettingRepository settings;

	@Autowired
	ProjectEditor projectEditor;

	@Autowired
	ProjectRepository projectRepository;

	@Autowired
	DepartmentRepository departmentRepository;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JobOfferEditor offerEditor;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "PHONE", "DESKTOP" })
	void everyPublicPageReadsWellAndPassesAxe(Viewport viewport) throws IOException {
		this.driver = Chromium.start(viewport.width, viewport.height);
		List<String> problems = new ArrayList<>();
		for (String path : PUBLIC_PAGES) {
			open(path);
			assertThat(this.driver.getTitle()).as(path).contains("PER INGÉNIERIE");
			assertThat(this.driver.findElement(By.tagName("h1")).isDisplayed()).as(path).isTrue();
			assertThat(horizontalOverflow()).as("défilement horizontal sur " + path).isLessThanOrEqualTo(0);
			assertThat(this.driver.findElement(By.tagName("body")).getText()).as("texte provisoire sur " + path)
				.doesNotContainIgnoringCase("à compléter")
				.doesNotContainIgnoringCase("lorem ipsum")
				.doesNotContain("TODO", "null", "undefined");
			if (viewport == Viewport.PHONE) {
				assertThat(this.driver.findElement(By.cssSelector(".site-header")).getSize().getHeight())
					.as("hauteur de l’en-tête sur " + path)
					.isLessThanOrEqualTo(64);
			}
			screenshot(viewport, path);
			Results results = new AxeBuilder().withTags(List.of(WCAG_21_AA)).analyze(this.driver);
			for (Rule violation : results.getViolations()) {
				problems.add(path + " : " + violation.getId() + " — " + violation.getHelp() + " "
						+ violation.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList());
			}
			problems.addAll(consoleErrors(path));
		}
		assertThat(problems).as("axe-core (WCAG 2.1 AA) et console du navigateur").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(names = { "PHONE", "DESKTOP" })
	void theNavigationReachesEveryMainPage(Viewport viewport) {
		this.driver = Chromium.start(viewport.width, viewport.height);
		open("/");
		List<String> links = navigationLinks().stream().map((link) -> link.getAttribute("href")).toList();
		assertThat(links).hasSize(8);
		for (int i = 0; i < links.size(); i++) {
			open("/");
			WebElement link = navigationLinks().get(i);
			assertThat(link.isDisplayed()).isTrue();
			link.click();
			waitFor(ExpectedConditions.urlToBe(links.get(i)));
			assertThat(this.driver.findElement(By.cssSelector("main h1")).isDisplayed()).isTrue();
			assertThat(navigationLinks().stream()
				.filter((current) -> "page".equals(current.getAttribute("aria-current")))
				.map((current) -> current.getAttribute("href"))
				.toList()).containsExactly(links.get(i));
			assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
		}
	}

	/**
	 * On a phone the header is one row, the brand and a "Menu" button, under 64 px; the
	 * menu is a disclosure the browser opens by itself (the public pages carry no
	 * script), laid over the page so the header keeps its height.
	 */
	@Test
	void onAPhoneTheHeaderIsOneRowAndItsMenuOpensWithoutJavaScript() {
		this.driver = Chromium.start(Viewport.PHONE.width, Viewport.PHONE.height);
		open("/");
		assertThat(this.driver.findElements(By.cssSelector("script:not([type='application/ld+json'])"))).isEmpty();
		WebElement header = this.driver.findElement(By.cssSelector(".site-header"));
		assertThat(header.getSize().getHeight()).isLessThanOrEqualTo(64);
		assertThat(this.driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
		WebElement departments = this.driver.findElement(By.cssSelector(".menu__list a[href='/departements']"));
		assertThat(departments.isDisplayed()).isFalse();
		WebElement menu = this.driver.findElement(By.cssSelector(".menu__button"));
		assertThat(menu.getText()).isEqualTo("Menu");
		assertThat(menu.getSize().getHeight()).isGreaterThanOrEqualTo(44);
		menu.click();
		assertThat(departments.isDisplayed()).isTrue();
		assertThat(header.getSize().getHeight()).isLessThanOrEqualTo(64);
		assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
		departments.click();
		waitFor(ExpectedConditions.urlContains("/departements"));
		assertThat(this.driver.findElement(By.cssSelector(".menu")).getAttribute("open")).isNull();

		this.driver.manage().window().setSize(new Dimension(Viewport.DESKTOP.width, Viewport.DESKTOP.height));
		assertThat(this.driver.findElement(By.cssSelector(".menu")).isDisplayed()).isFalse();
		assertThat(this.driver.findElements(By.cssSelector(".site-nav__list a"))).hasSize(8)
			.allMatch(WebElement::isDisplayed);
	}

	/**
	 * The contact page shows, beside the form, the offices as staff filled them in, with
	 * phone numbers a phone can call and a map on another site.
	 */
	@ParameterizedTest
	@EnumSource(names = { "PHONE", "DESKTOP" })
	void prospectsFindTheOfficesBesideTheContactForm(Viewport viewport) {
		Map<String, String> details = Map.of("company.address", "12 rue de la Loge\n34000 Montpellier", "company.phone",
				"+33467123456", "company.map-url", "https://www.openstreetmap.org/?mlat=43.6108&mlon=3.8767",
				"company.hours", "Du lundi au vendredi, de 8 h 30 à 18 h", "agency.address",
				"5 allée Jean Jaurès\n31000 Toulouse", "agency.phone", "+33561123456");
		setSettings(details);
		try {
			this.driver = Chromium.start(viewport.width, viewport.height);
			open("/contact");
			WebElement offices = this.driver.findElement(By.cssSelector(".contact__offices"));
			assertThat(offices.isDisplayed()).isTrue();
			assertThat(offices.getText()).contains("Siège, Montpellier", "12 rue de la Loge", "04 67 12 34 56",
					"TECHNIB, agence de Toulouse", "05 61 12 34 56", "Plan d’accès",
					"Du lundi au vendredi, de 8 h 30 à 18 h");
			assertThat(offices.findElements(By.cssSelector("a[href^='tel:']"))
				.stream()
				.map((link) -> link.getAttribute("href"))
				.toList()).containsExactly("tel:+33467123456", "tel:+33561123456");
			WebElement form = this.driver.findElement(By.cssSelector(".contact__form"));
			if (viewport == Viewport.DESKTOP) {
				assertThat(offices.getLocation().getX()).as("à côté du formulaire")
					.isGreaterThan(form.getLocation().getX() + form.getSize().getWidth());
			}
			assertThat(this.driver.findElement(By.cssSelector(".site-footer")).getText())
				.contains("TECHNIB, agence de Toulouse", "05 61 12 34 56");
			assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
			assertAccessible(new AxeBuilder().withTags(List.of(WCAG_21_AA))
				.analyze(this.driver)
				.getViolations()
				.stream()
				.map((violation) -> violation.getId() + " — " + violation.getHelp())
				.toList());
			screenshot(viewport, "/contact-avec-coordonnees");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			setSettings(
					details.keySet().stream().collect(HashMap::new, (map, code) -> map.put(code, null), Map::putAll));
		}
	}

	private void setSettings(Map<String, String> values) {
		this.transactions.executeWithoutResult((status) -> values
			.forEach((code, value) -> this.settings.findByCode(code).orElseThrow().setValue(value)));
	}

	private List<WebElement> navigationLinks() {
		List<WebElement> menu = this.driver.findElements(By.cssSelector(".menu__list a"));
		if (this.driver.findElement(By.cssSelector(".menu")).isDisplayed()) {
			if (this.driver.findElement(By.cssSelector(".menu")).getAttribute("open") == null) {
				this.driver.findElement(By.cssSelector(".menu__button")).click();
			}
			return menu;
		}
		return this.driver.findElements(By.cssSelector(".site-nav__list a"));
	}

	@Test
	void visitorsFilterTheGalleryAndOpenAProject() {
		this.driver = Chromium.start(Viewport.PHONE.width, Viewport.PHONE.height);
		open("/realisations");
		new Select(this.driver.findElement(By.id("ville"))).selectByVisibleText("Béziers");
		this.driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
		waitFor(ExpectedConditions.urlContains("ville=B"));
		List<WebElement> cards = this.driver.findElements(By.cssSelector(".project-card"));
		assertThat(cards).hasSize(1);
		assertThat(cards.get(0).getText()).contains("Le Polygone", "Socri", "Jos Galan architecte");
		new Select(this.driver.findElement(By.id("ville"))).selectByIndex(0);
		new Select(this.driver.findElement(By.id("annee"))).selectByVisibleText("2016");
		this.driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
		waitFor(ExpectedConditions.urlContains("annee=2016"));
		assertThat(this.driver.findElements(By.cssSelector(".project-card"))).hasSize(1);
		this.driver.findElement(By.cssSelector(".project-card .card__link")).click();
		waitFor(ExpectedConditions.urlContains("/realisations/les-marches-des-cevennes"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Les Marchés des Cévennes");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("ADIM PLR", "CFL architecte",
				"2013 – 2017");
	}

	/**
	 * A project with several photos, the departments that worked on it and a neighbour:
	 * its page shows the cover and the other photos (loaded as they come into view), the
	 * departments, the related project; the gallery filters by department and by sector.
	 */
	@ParameterizedTest
	@EnumSource(names = { "PHONE", "DESKTOP" })
	void aProjectTellsItsStoryWithPhotosAndTheGalleryFiltersByDepartmentAndSector(Viewport viewport)
			throws IOException {
		long doramar = this.projectRepository.findBySlug("doramar").orElseThrow().getId();
		long mediterranee = this.projectRepository.findBySlug("le-mediterranee").orElseThrow().getId();
		long structure = this.departmentRepository.findAllByOrderByPosition().get(0).getId();
		for (String alt : List.of("La résidence DoraMar depuis l’avenue", "Le hall d’entrée", "Les toits")) {
			this.projectEditor.addPhoto(doramar, new ImageProcessor().prepare(photo(1600, 1000)), alt,
					"Légende : " + alt);
		}
		this.projectEditor.assignDepartments(doramar, List.of(structure));
		this.projectEditor.assignDepartments(mediterranee, List.of(structure));
		try {
			this.driver = Chromium.start(viewport.width, viewport.height);
			open("/realisations/doramar");
			WebElement cover = this.driver.findElement(By.cssSelector(".project__image"));
			assertThat(cover.getAttribute("alt")).isEqualTo("La résidence DoraMar depuis l’avenue");
			assertThat(loaded(cover)).as("couverture chargée").isTrue();
			List<WebElement> others = this.driver.findElements(By.cssSelector(".photo-grid__item img"));
			assertThat(others).hasSize(2).allMatch((img) -> "lazy".equals(img.getAttribute("loading")));
			for (WebElement img : others) {
				((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView();", img);
				waitFor((driver) -> loaded(img));
			}
			assertThat(cover.getAttribute("srcset")).contains("w=480 480w", "w=1600 1600w");
			WebElement main = this.driver.findElement(By.tagName("main"));
			assertThat(main.getText()).contains("Légende : Le hall d’entrée", "Départements de PER", "Structure",
					"Projets proches", "Le Méditerranée");
			assertThat(this.driver.findElement(By.cssSelector(".breadcrumb")).getText()).contains("PER en images");
			assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
			assertAccessible(new AxeBuilder().withTags(List.of(WCAG_21_AA))
				.analyze(this.driver)
				.getViolations()
				.stream()
				.map((violation) -> violation.getId() + " — " + violation.getHelp())
				.toList());
			screenshot(viewport, "/realisations/doramar-avec-photos");

			open("/realisations");
			new Select(this.driver.findElement(By.id("departement"))).selectByVisibleText("Structure");
			this.driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
			waitFor(ExpectedConditions.urlContains("departement=structure"));
			assertThat(this.driver.findElements(By.cssSelector(".project-card .card__link")))
				.extracting(WebElement::getText)
				.containsExactly("Le Méditerranée", "DoraMar");
			this.driver.findElement(By.linkText("Thermalisme")).click();
			waitFor(ExpectedConditions.urlContains("secteur=Thermalisme"));
			assertThat(this.driver.findElements(By.cssSelector(".project-card .card__link")))
				.extracting(WebElement::getText)
				.containsExactly("Nouvel établissement thermal");
			assertThat(this.driver.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"))
				.endsWith("/realisations?secteur=Thermalisme");
			screenshot(viewport, "/realisations-secteur-thermalisme");
		}
		finally {
			this.projectEditor.assignDepartments(doramar, List.of());
			this.projectEditor.assignDepartments(mediterranee, List.of());
			this.projectEditor.project(doramar)
				.getPhotos()
				.forEach((photo) -> this.projectEditor.removePhoto(doramar, photo.getId()));
		}
	}

	private boolean loaded(WebElement img) {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
	}

	private static byte[] photo(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(0x1d4e89), width, height, new Color(0xb4471f)));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", bytes);
		return bytes.toByteArray();
	}

	@Test
	void prospectsCorrectTheirMistakesThenSendTheirRequest() {
		this.driver = Chromium.start(Viewport.DESKTOP.width, Viewport.DESKTOP.height);
		try {
			open("/contact");
			type("name", "Jean <Dupont>");
			type("email", "jean.dupont@example.org");
			new Select(this.driver.findElement(By.id("subject"))).selectByVisibleText("Département MOE");
			type("message", "Nous cherchons une maîtrise d’œuvre d’exécution pour 20 logements.");
			this.driver.findElement(By.cssSelector(".contact__form button[type=submit]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
			assertThat(this.driver.findElement(By.id("name-error")).getText()).contains("caractères non autorisés");
			assertThat(this.driver.findElement(By.id("message")).getAttribute("value")).contains("20 logements");
			this.driver.findElement(By.id("name")).clear();
			type("name", "Jean Dupont");
			this.driver.findElement(By.cssSelector(".contact__form button[type=submit]")).click();
			waitFor(ExpectedConditions.urlContains("/contact/merci"));
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("bien enregistrée");
			this.driver.navigate().refresh();
			assertThat(this.contactRequests.findAll()).extracting((request) -> request.getName())
				.containsExactly("Jean Dupont");
		}
		finally {
			this.contactRequests.deleteAll();
		}
	}

	@Test
	void aCandidateOnAPhoneAppliesWithAPdfAfterAFileThatIsNotOne() throws IOException {
		this.transactions
			.executeWithoutResult((status) -> SampleContent.openOffer(this.offerEditor, LocalDate.now().plusDays(10)));
		Path folder = Files.createDirectories(Path.of("target", "candidature"));
		Path fake = folder.resolve("cv-en-fait-une-page.pdf");
		Files.writeString(fake, "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
		Path cv = folder.resolve("cv-jeanne-martin.pdf");
		Files.write(cv, SampleContent.cv());
		this.driver = Chromium.start(Viewport.PHONE.width, Viewport.PHONE.height);
		List<String> problems = new ArrayList<>();
		try {
			open("/recrutement");
			this.driver.findElement(By.linkText("Offre de test")).click();
			assertAccessible(problems);
			this.driver.findElement(By.linkText("Postuler")).click();
			type("name", "Jeanne Martin");
			type("email", "jeanne.martin@example.org");
			type("message", "Projeteuse béton armé depuis six ans.");
			this.driver.findElement(By.id("cv")).sendKeys(fake.toAbsolutePath().toString());
			this.driver.findElement(By.cssSelector(".contact__form button[type=submit]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.id("cv-error")));
			assertThat(this.driver.findElement(By.id("cv-error")).getText()).contains("page web");
			assertThat(this.driver.findElement(By.id("message")).getAttribute("value")).contains("six ans");
			assertThat(this.driver.findElement(By.tagName("main")).getText())
				.contains("choisissez de nouveau votre CV");
			assertAccessible(problems);
			this.driver.findElement(By.id("cv")).sendKeys(cv.toAbsolutePath().toString());
			this.driver.findElement(By.cssSelector(".contact__form button[type=submit]")).click();
			waitFor(ExpectedConditions.urlContains("/recrutement/merci"));
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("Candidature reçue");
			assertThat(this.jdbc.queryForList("select name from job_application", String.class))
				.containsExactly("Jeanne Martin");
			assertThat(problems).isEmpty();
		}
		finally {
			this.jdbc.update("delete from job_application");
			this.jdbc.update("delete from job_offer");
			this.jdbc.update("delete from outgoing_mail");
		}
	}

	@Test
	void staffSignInEditContentSeeItOnlineAndSignOut() throws IOException {
		this.transactions.executeWithoutResult(
				(status) -> this.accounts.create("navigateur", "mot-de-passe-navigateur", StaffRole.EDITOR));
		PageText tagline = this.texts.findAllByOrderByPosition()
			.stream()
			.filter((text) -> text.getCode().equals("home.tagline"))
			.findFirst()
			.orElseThrow();
		String original = tagline.getBody();
		List<Map<String, Object>> rolePositions = this.jdbc.queryForList("select id, position from team_role");
		this.driver = Chromium.start(Viewport.PHONE.width, Viewport.PHONE.height);
		try {
			open("/admin/textes");
			assertThat(this.driver.getCurrentUrl()).endsWith("/admin/login");
			type("username", "navigateur");
			type("password", "mot-de-passe-navigateur");
			this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
			waitFor(ExpectedConditions.urlContains("/admin/textes"));
			List<String> problems = new ArrayList<>();
			open("/admin/textes");
			this.driver.findElement(By.linkText("Accueil : accroche")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.id("value")));
			WebElement value = this.driver.findElement(By.id("value"));
			// Leaving a changed form asks first; an untouched one does not.
			assertThat(leavingAsksFirst()).as("formulaire intact").isFalse();
			value.sendKeys(" ");
			assertThat(leavingAsksFirst()).as("formulaire modifié").isTrue();
			value.clear();
			value.sendKeys("Un seul interlocuteur pour tout votre projet");
			this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			assertThat(this.driver.findElement(By.cssSelector(".flash--success")).getText()).contains("en ligne");
			open("/");
			assertThat(this.driver.findElement(By.cssSelector(".hero__tagline")).getText())
				.isEqualTo("Un seul interlocuteur pour tout votre projet");

			// The change is in the text's history, compared word by word with the
			// version online.
			open("/admin/historique/texte/" + tagline.getId());
			this.driver.findElement(By.partialLinkText("Comparer avec la version en ligne")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diff")));
			assertAccessible(problems);

			// Deleting asks first, goes to the bin, and comes back from it.
			open("/admin/equipe");
			String role = this.driver.findElement(By.cssSelector("main table tbody tr td:nth-child(2)")).getText();
			this.driver.findElement(By.cssSelector("main table tbody tr a.icon-button--danger")).click();
			waitFor(ExpectedConditions.urlContains("/supprimer"));
			assertAccessible(problems);
			this.driver.findElement(By.cssSelector("main .button--danger")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			assertThat(this.driver.findElement(By.cssSelector(".flash--success")).getText()).contains("corbeille");
			open("/equipe");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).doesNotContain(role);
			open("/admin/corbeille");
			assertAccessible(problems);
			this.driver.findElement(By.cssSelector("main table button")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			open("/equipe");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(role);
			assertThat(this.jdbc.queryForList("select id, position from team_role")).as("restauré à sa place")
				.containsExactlyInAnyOrderElementsOf(rolePositions);

			// A project: a draft stays off the site, its preview shows it, "Publier" puts
			// it online; a new address leaves the old one redirecting to it.
			long doramar = this.jdbc.queryForObject("select id from project where slug = 'doramar'", Long.class);
			open("/admin/realisations/" + doramar);
			WebElement name = this.driver.findElement(By.id("name"));
			name.clear();
			name.sendKeys("DoraMar, résidence");
			this.driver.findElement(By.cssSelector("button[value=brouillon]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			open("/realisations/doramar");
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("DoraMar");
			open("/admin/brouillons");
			assertAccessible(problems);
			open("/admin/realisations/" + doramar);
			assertAccessible(problems);
			this.driver.findElement(By.linkText("Prévisualiser le brouillon")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview-notice")));
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("DoraMar, résidence");
			assertAccessible(problems);
			open("/admin/realisations/" + doramar);
			WebElement slug = this.driver.findElement(By.id("slug"));
			slug.clear();
			slug.sendKeys("doramar-residence");
			this.driver.findElement(By.cssSelector("button[value=publier]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			open("/realisations/doramar");
			assertThat(this.driver.getCurrentUrl()).endsWith("/realisations/doramar-residence");
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("DoraMar, résidence");
			assertThat(problems).as("axe-core (WCAG 2.1 AA) : historique, corbeille, brouillons, aperçu").isEmpty();
			open("/admin");
			this.driver.findElement(By.cssSelector(".admin-header__user button")).click();
			waitFor(ExpectedConditions.urlContains("/admin/login?deconnecte"));
			open("/admin/textes");
			assertThat(this.driver.getCurrentUrl()).endsWith("/admin/login");
		}
		finally {
			this.transactions.executeWithoutResult((status) -> {
				this.texts.findById(tagline.getId()).orElseThrow().setBody(original);
				this.users.findByUsernameIgnoreCase("navigateur").ifPresent(this.users::delete);
			});
			this.jdbc.update("update project set name = 'DoraMar', slug = 'doramar' where slug = 'doramar-residence'");
			this.jdbc.update("delete from page_redirect");
			this.jdbc.update("delete from content_draft");
			rolePositions.forEach((role) -> this.jdbc.update(
					"update team_role set position = ?, binned_at = null, binned_by = null where id = ?",
					role.get("position"), role.get("id")));
		}
	}

	/**
	 * Every back-office screen at a phone's and a desktop's width: nothing scrolls
	 * sideways, neither the page nor a frame inside it, every action is within reach, and
	 * axe finds nothing.
	 */
	@ParameterizedTest
	@EnumSource(names = { "NARROW_PHONE", "DESKTOP" })
	void everyAdminPageFitsTheScreenAndPassesAxe(Viewport viewport) throws IOException {
		String username = "ecran-" + viewport.name().toLowerCase();
		this.transactions.executeWithoutResult(
				(status) -> this.accounts.create(username, "mot-de-passe-navigateur", StaffRole.ADMIN));
		this.driver = Chromium.start(viewport.width, viewport.height);
		try {
			signIn(username, "mot-de-passe-navigateur");
			List<String> problems = new ArrayList<>();
			for (String page : AdminPages.ALL) {
				open(page);
				assertThat(this.driver.findElement(By.tagName("h1")).isDisplayed()).as(page).isTrue();
				if (horizontalOverflow() > 0) {
					problems.add(page + " : la page défile de côté de " + horizontalOverflow() + " px");
				}
				problems.addAll(actionsOutOfReach(page));
				if (viewport != Viewport.DESKTOP) {
					problems.addAll(titleBelowTheFold(page));
					problems.addAll(smallTapTargets(page));
				}
				screenshot(viewport, page);
				new AxeBuilder().withTags(List.of(WCAG_21_AA))
					.analyze(this.driver)
					.getViolations()
					.forEach((violation) -> problems.add(page + " : " + violation.getId() + " — " + violation.getHelp()
							+ " "
							+ violation.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList()));
				problems.addAll(consoleErrors(page));
			}
			assertThat(problems).as("administration à " + viewport.width + " px").isEmpty();
		}
		finally {
			this.transactions.executeWithoutResult(
					(status) -> this.users.findByUsernameIgnoreCase(username).ifPresent(this.users::delete));
		}
	}

	/**
	 * Staff format text with the editor's toolbar (keyboard and mouse), publish, and the
	 * public page carries exactly that structure.
	 */
	@Test
	void staffFormatTextWithTheEditorAndThePublicPageCarriesIt() {
		String original = this.jdbc.queryForObject("select body from edito", String.class);
		this.transactions.executeWithoutResult(
				(status) -> this.accounts.create("redaction", "mot-de-passe-navigateur", StaffRole.EDITOR));
		this.driver = Chromium.start(Viewport.DESKTOP.width, Viewport.DESKTOP.height);
		try {
			signIn("redaction", "mot-de-passe-navigateur");
			open("/admin/edito");
			assertThat(this.driver.findElement(By.id("body")).isDisplayed()).as("la zone de texte brut").isFalse();
			WebElement editor = this.driver.findElement(By.id("body-editeur"));
			assertThat(editor.getAttribute("aria-labelledby")).isEqualTo("body-label");
			editor.click();
			editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			editor.sendKeys("Nos engagements");
			toolbarButton("Intertitre").click();
			editor.sendKeys(Keys.END, Keys.ENTER);
			if ("true".equals(toolbarButton("Intertitre").getAttribute("aria-pressed"))) {
				toolbarButton("Intertitre").click();
			}
			editor.sendKeys("Une relation ");
			toolbarButton("Gras").click();
			editor.sendKeys("durable");
			editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
			editor.sendKeys(" et de proximité.", Keys.ENTER);
			toolbarButton("Liste à puces").click();
			editor.sendKeys("Structure", Keys.ENTER, "Énergies");
			// The toolbar is one tab stop; arrow keys move inside it.
			toolbarButton("Intertitre").sendKeys(Keys.ARROW_RIGHT);
			assertThat(this.driver.switchTo().activeElement().getText()).isEqualTo("Gras");
			this.driver.findElement(By.cssSelector("button[name=action][value=publier]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));

			String stored = this.jdbc.queryForObject("select body from edito", String.class);
			assertThat(stored).isEqualTo("<h3>Nos engagements</h3><p>Une relation <b>durable</b> et de proximité.</p>"
					+ "<ul><li>Structure</li><li>Énergies</li></ul>");
			open("/edito");
			assertThat(this.driver.getPageSource()).contains("<h3>Nos engagements</h3>", "<b>durable</b>",
					"<li>Énergies</li>");
		}
		finally {
			this.jdbc.update("update edito set body = ?", original);
			this.jdbc.update("delete from content_draft");
			this.transactions.executeWithoutResult(
					(status) -> this.users.findByUsernameIgnoreCase("redaction").ifPresent(this.users::delete));
		}
	}

	/**
	 * On a phone: a contributor proposes a change to the édito (the public page does not
	 * change), a reviewer sends it back with a note, the contributor proposes it again,
	 * the reviewer publishes it from « Relecture ».
	 */
	@Test
	void aContributorProposesOnAPhoneAndAReviewerPublishes() throws IOException {
		Map<String, Object> original = this.jdbc.queryForMap("select title, body from edito order by id limit 1");
		this.transactions.executeWithoutResult((status) -> {
			this.accounts.create("contributeur", "mot-de-passe-navigateur", StaffRole.CONTRIBUTOR);
			this.accounts.create("relecteur", "mot-de-passe-navigateur", StaffRole.EDITOR);
		});
		this.driver = Chromium.start(Viewport.NARROW_PHONE.width, Viewport.NARROW_PHONE.height);
		try {
			signIn("contributeur", "mot-de-passe-navigateur");
			screenshot(Viewport.NARROW_PHONE, "/admin-contributeur");
			open("/admin/edito");
			assertThat(this.driver.findElements(By.cssSelector("button[name=action][value=publier]"))).isEmpty();
			this.driver.findElement(By.id("title")).clear();
			type("title", "Le mot proposé");
			this.driver.findElement(By.cssSelector("button[name=action][value=proposer]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			screenshot(Viewport.NARROW_PHONE, "/admin/edito-propose");
			open("/edito");
			assertThat(this.driver.getTitle()).doesNotContain("Le mot proposé");
			this.driver.manage().deleteAllCookies();

			signIn("relecteur", "mot-de-passe-navigateur");
			open("/admin/relecture");
			screenshot(Viewport.NARROW_PHONE, "/admin/relecture");
			type("note-edito-" + this.jdbc.queryForObject("select id from edito order by id limit 1", Long.class),
					"Gardez « Édito » comme titre.");
			this.driver.findElement(By.xpath("//button[normalize-space()='Renvoyer avec cette note']")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			this.driver.manage().deleteAllCookies();

			signIn("contributeur", "mot-de-passe-navigateur");
			assertThat(this.driver.getPageSource()).contains("Gardez « Édito » comme titre.");
			open("/admin/edito");
			this.driver.findElement(By.id("title")).clear();
			type("title", "Édito revu");
			this.driver.findElement(By.cssSelector("button[name=action][value=proposer]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			this.driver.manage().deleteAllCookies();

			signIn("relecteur", "mot-de-passe-navigateur");
			open("/admin/relecture");
			this.driver.findElement(By.xpath("//button[normalize-space()='Publier']")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			assertThat(this.jdbc.queryForObject("select title from edito order by id limit 1", String.class))
				.isEqualTo("Édito revu");
			assertThat(actionsOutOfReach("/admin/relecture")).isEmpty();
		}
		finally {
			this.jdbc.update("update edito set title = ?, body = ?", original.get("title"), original.get("body"));
			this.jdbc.update("delete from content_draft");
			this.transactions.executeWithoutResult((status) -> {
				this.users.findByUsernameIgnoreCase("contributeur").ifPresent(this.users::delete);
				this.users.findByUsernameIgnoreCase("relecteur").ifPresent(this.users::delete);
			});
		}
	}

	/**
	 * On a phone: throwing a draft away asks first on a page of its own; after a
	 * conflict, « Publier » pressed again changes nothing, and replacing the colleague's
	 * version is a separate, explicit button.
	 */
	@Test
	void aDraftIsThrownAwayOnlyAfterAskingAndAConflictIsResolvedByAChoice() throws IOException {
		Map<String, Object> original = this.jdbc
			.queryForMap("select title, signatory_title, version from edito order by id limit 1");
		this.transactions.executeWithoutResult(
				(status) -> this.accounts.create("choix", "mot-de-passe-navigateur", StaffRole.EDITOR));
		this.driver = Chromium.start(Viewport.PHONE.width, Viewport.PHONE.height);
		List<String> problems = new ArrayList<>();
		try {
			signIn("choix", "mot-de-passe-navigateur");
			open("/admin/edito");
			type("title", " (brouillon)");
			this.driver.findElement(By.cssSelector("button[value=brouillon]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			this.driver.findElement(By.partialLinkText("Abandonner le brouillon")).click();
			waitFor(ExpectedConditions.urlContains("/abandonner"));
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Abandonner ce brouillon ?");
			assertAccessible(problems);
			screenshot(Viewport.PHONE, "/admin/brouillon-abandonner");
			this.driver.findElement(By.linkText("Garder le brouillon")).click();
			waitFor(ExpectedConditions.urlToBe("http://localhost:" + this.port + "/admin/edito"));
			assertThat(this.driver.findElement(By.cssSelector(".draft-banner")).getText())
				.contains("Brouillon non publié");
			this.driver.findElement(By.partialLinkText("Abandonner le brouillon")).click();
			waitFor(ExpectedConditions.urlContains("/abandonner"));
			this.driver.findElement(By.cssSelector("main .button--danger")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			assertThat(this.driver.findElements(By.cssSelector(".draft-banner"))).isEmpty();

			// A colleague publishes while this form is open.
			open("/admin/edito");
			this.jdbc.update("update edito set signatory_title = 'Publié par un collègue', version = version + 1");
			this.renderedPages.clear();
			WebElement title = this.driver.findElement(By.id("title"));
			title.clear();
			title.sendKeys("Mon titre");
			this.driver.findElement(By.cssSelector("button[name=action][value=publier]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".conflict-choice")));
			assertAccessible(problems);
			screenshot(Viewport.PHONE, "/admin/edito-conflit");
			this.driver.findElement(By.cssSelector("button[name=action][value=publier]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".conflict-choice")));
			assertThat(this.jdbc.queryForObject("select signatory_title from edito", String.class))
				.isEqualTo("Publié par un collègue");
			this.driver.findElement(By.cssSelector("button[name=action][value=remplacer]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
			assertThat(this.jdbc.queryForObject("select title from edito", String.class)).isEqualTo("Mon titre");
			assertThat(problems).isEmpty();
		}
		finally {
			this.jdbc.update("update edito set title = ?, signatory_title = ?", original.get("title"),
					original.get("signatory_title"));
			this.jdbc.update("delete from content_draft");
			this.renderedPages.clear();
			this.transactions.executeWithoutResult(
					(status) -> this.users.findByUsernameIgnoreCase("choix").ifPresent(this.users::delete));
		}
	}

	/**
	 * Text typed in the édito, never sent, survives a reload: it is put back with a
	 * notice, and a button goes back to the saved text. Nothing reaches the database.
	 */
	@Test
	void textTypedAndNeverSentIsPutBackAfterAReload() {
		Map<String, Object> original = this.jdbc.queryForMap("select title, body from edito order by id limit 1");
		this.transactions.executeWithoutResult(
				(status) -> this.accounts.create("recharge", "mot-de-passe-navigateur", StaffRole.EDITOR));
		this.driver = Chromium.start(Viewport.DESKTOP.width, Viewport.DESKTOP.height);
		try {
			signIn("recharge", "mot-de-passe-navigateur");
			open("/admin/edito");
			type("title", " — tapé puis rechargé");
			WebElement editor = this.driver.findElement(By.id("body-editeur"));
			editor.click();
			editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Une phrase jamais envoyée.");
			waitFor((driver) -> ((JavascriptExecutor) driver)
				.executeScript(
						"return Object.keys(localStorage).some(function (k) { return k.indexOf('per-saisie:') === 0 "
								+ "&& localStorage.getItem(k).indexOf('jamais envoy') !== -1; });")
				.equals(Boolean.TRUE));
			this.driver.navigate().refresh();
			acceptLeavingIfAsked();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kept-typing")));
			assertThat(this.driver.findElement(By.id("title")).getAttribute("value"))
				.isEqualTo(original.get("title") + " — tapé puis rechargé");
			assertThat(this.driver.findElement(By.id("body-editeur")).getText()).contains("Une phrase jamais envoyée.");
			assertThat(this.driver.findElement(By.cssSelector(".kept-typing")).getText())
				.contains("jamais envoyée, a été remise dans le formulaire");
			assertThat(this.jdbc.queryForObject("select title from edito", String.class))
				.isEqualTo(original.get("title"));

			this.driver.findElement(By.xpath("//button[normalize-space()='Revenir au texte enregistré']")).click();
			acceptLeavingIfAsked();
			waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".kept-typing")));
			assertThat(this.driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(original.get("title"));
		}
		finally {
			this.jdbc.update("update edito set title = ?, body = ?", original.get("title"), original.get("body"));
			this.transactions.executeWithoutResult(
					(status) -> this.users.findByUsernameIgnoreCase("recharge").ifPresent(this.users::delete));
		}
	}

	/**
	 * The link dialog offers the site's own pages, refuses what the site would drop with
	 * its reason, and the links chosen (a page of the site, a telephone) reach the public
	 * page.
	 */
	@Test
	void linksArePickedInADialogAndReachThePublicPage() throws IOException {
		String original = this.jdbc.queryForObject("select body from edito", String.class);
		this.transactions.executeWithoutResult(
				(status) -> this.accounts.create("liens", "mot-de-passe-navigateur", StaffRole.EDITOR));
		this.driver = Chromium.start(Viewport.PHONE.width, Viewport.PHONE.height);
		List<String> problems = new ArrayList<>();
		try {
			signIn("liens", "mot-de-passe-navigateur");
			open("/admin/edito");
			WebElement editor = this.driver.findElement(By.id("body-editeur"));
			editor.click();
			editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			editor.sendKeys("Voir nos réalisations");
			editor.sendKeys(Keys.chord(Keys.SHIFT, Keys.CONTROL, Keys.ARROW_LEFT));
			toolbarButton("Lien").click();
			WebElement dialog = waitFor(
					ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.link-dialog")));
			waitFor((driver) -> !dialog.findElements(By.cssSelector("datalist option[value='/realisations']"))
				.isEmpty());
			assertAccessible(problems);
			screenshot(Viewport.PHONE, "/admin/edito-lien");
			WebElement address = dialog.findElement(By.id("link-dialog-address"));
			address.sendKeys("javascript:alert(1)");
			dialog.findElement(By.cssSelector("button[type=submit]")).click();
			assertThat(dialog.findElement(By.cssSelector(".field__error")).getText()).contains("n’est pas reconnue");
			address.clear();
			address.sendKeys("/realisations");
			dialog.findElement(By.cssSelector("button[type=submit]")).click();
			waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.link-dialog")));

			editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "Appelez-nous");
			editor.sendKeys(Keys.chord(Keys.SHIFT, Keys.CONTROL, Keys.ARROW_LEFT));
			toolbarButton("Lien").click();
			WebElement phone = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("link-dialog-address")));
			phone.sendKeys("tel:04 67 00 00 00", Keys.ENTER);
			waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.link-dialog")));
			this.driver.findElement(By.cssSelector("button[name=action][value=publier]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));

			assertThat(this.jdbc.queryForObject("select body from edito", String.class))
				.contains("<a href=\"/realisations\"", ">réalisations</a>", "<a href=\"tel:0467000000\"");
			open("/edito");
			assertThat(this.driver.getPageSource()).contains("href=\"/realisations\"", "href=\"tel:0467000000\"");
			assertThat(problems).isEmpty();
		}
		finally {
			this.jdbc.update("update edito set body = ?", original);
			this.jdbc.update("delete from content_draft");
			this.renderedPages.clear();
			this.transactions.executeWithoutResult(
					(status) -> this.users.findByUsernameIgnoreCase("liens").ifPresent(this.users::delete));
		}
	}

	/**
	 * A passkey is added from « Mon compte » (Chromium's virtual authenticator stands for
	 * the phone's fingerprint); then the administrator's password alone no longer opens
	 * the back office, her passkey does as second factor, and alone, without a password;
	 * its last use is shown, and once removed it opens nothing.
	 */
	@Test
	void aPasskeyAddedFromMyAccountSignsInAlone() throws IOException {
		this.transactions
			.executeWithoutResult((status) -> this.accounts.create("cle", "mot-de-passe-navigateur", StaffRole.ADMIN));
		this.driver = Chromium.start(Viewport.PHONE.width, Viewport.PHONE.height);
		List<String> problems = new ArrayList<>();
		try {
			this.driver.addVirtualAuthenticator(
					new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
						.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
						.setHasResidentKey(true)
						.setHasUserVerification(true)
						.setIsUserVerified(true));
			signIn("cle", "mot-de-passe-navigateur");
			open("/admin/mot-de-passe");
			this.driver.findElement(By.id("passkey-label")).sendKeys("Téléphone de test");
			this.driver.findElement(By.xpath("//button[normalize-space()='Ajouter une clé d’accès']")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[value='Téléphone de test']")));
			assertThat(this.driver.findElement(By.cssSelector(".flash--success")).getText())
				.contains("Clé d’accès ajoutée");
			assertAccessible(problems);
			screenshot(Viewport.PHONE, "/admin/mon-compte-cles");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'Clé d’accès ajoutée' and username = 'cle'",
					Integer.class))
				.isOne();

			this.driver.findElement(By.xpath("//button[normalize-space()='Se déconnecter']")).click();
			waitFor(ExpectedConditions.urlContains("/admin/login"));
			signIn("cle", "mot-de-passe-navigateur");
			assertThat(this.driver.getCurrentUrl()).endsWith("/admin/second-facteur");
			open("/admin/edito");
			assertThat(this.driver.getCurrentUrl()).endsWith("/admin/second-facteur");
			assertAccessible(problems);
			screenshot(Viewport.PHONE, "/admin/second-facteur");
			this.driver.findElement(By.xpath("//button[normalize-space()='Utiliser ma clé d’accès']")).click();
			waitFor(ExpectedConditions.urlToBe("http://localhost:" + this.port + "/admin"));
			open("/admin/edito");
			assertThat(this.driver.getCurrentUrl()).endsWith("/admin/edito");

			this.driver.findElement(By.xpath("//button[normalize-space()='Se déconnecter']")).click();
			waitFor(ExpectedConditions.urlContains("/admin/login"));
			this.driver.findElement(By.xpath("//button[normalize-space()='Se connecter avec une clé d’accès']"))
				.click();
			waitFor(ExpectedConditions.urlToBe("http://localhost:" + this.port + "/admin"));
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
			open("/admin/mot-de-passe");
			assertThat(this.driver.findElement(By.cssSelector("td[data-label='Dernière utilisation']")).getText())
				.isNotEqualTo("jamais");

			this.driver.findElement(By.xpath("//button[starts-with(normalize-space(), 'Retirer')]")).click();
			waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash--success"),
					"mot de passe seulement"));
			this.driver.findElement(By.xpath("//button[normalize-space()='Se déconnecter']")).click();
			waitFor(ExpectedConditions.urlContains("/admin/login"));
			this.driver.findElement(By.xpath("//button[normalize-space()='Se connecter avec une clé d’accès']"))
				.click();
			waitFor(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector("[data-passkey-sign-in] .field__error")));
			assertThat(this.driver.getCurrentUrl()).contains("/admin/login");
			assertThat(problems).isEmpty();
		}
		finally {
			this.jdbc.update("delete from user_credentials");
			this.jdbc.update("delete from user_entities");
			this.transactions.executeWithoutResult(
					(status) -> this.users.findByUsernameIgnoreCase("cle").ifPresent(this.users::delete));
		}
	}

	/**
	 * Chromium may ask before leaving a page with text typed: this test leaves on
	 * purpose.
	 */
	private void acceptLeavingIfAsked() {
		try {
			this.driver.switchTo().alert().accept();
		}
		catch (org.openqa.selenium.NoAlertPresentException ex) {
			// Nothing was asked.
		}
	}

	private WebElement toolbarButton(String label) {
		return this.driver.findElement(By.xpath("//div[@role='toolbar']/button[normalize-space()='" + label + "']"));
	}

	private void signIn(String username, String password) {
		open("/admin/login");
		type("username", username);
		type("password", password);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/login")));
	}

	/**
	 * Links, buttons and fields the person cannot reach: past the screen's edge, or in a
	 * frame that scrolls sideways.
	 */
	private List<String> actionsOutOfReach(String page) {
		@SuppressWarnings("unchecked")
		List<String> found = (List<String>) ((JavascriptExecutor) this.driver).executeScript("""
				var out = [];
				document.querySelectorAll('main a, main button, main input, main select, main textarea')
				  .forEach(function (el) {
				    var box = el.getBoundingClientRect();
				    if (box.width === 0 || el.closest('[hidden]')) { return; }
				    var clipped = box.right > window.innerWidth + 1 || box.left < -1;
				    for (var p = el.parentElement; p && !clipped; p = p.parentElement) {
				      var overflow = getComputedStyle(p).overflowX;
				      clipped = overflow !== 'visible' && p.scrollWidth > p.clientWidth + 1;
				    }
				    if (clipped) { out.push((el.textContent || el.name || el.id || el.tagName).trim().slice(0, 40)); }
				  });
				return out;""");
		return found.stream().map((action) -> page + " : hors de portée : « " + action + " »").toList();
	}

	/**
	 * The page's title is on the first screen: the menu and the header do not push it
	 * below.
	 */
	private List<String> titleBelowTheFold(String page) {
		WebElement title = this.driver.findElement(By.tagName("h1"));
		long bottom = ((Number) ((JavascriptExecutor) this.driver)
			.executeScript("return arguments[0].getBoundingClientRect().bottom + window.scrollY;", title)).longValue();
		long screen = ((Number) ((JavascriptExecutor) this.driver).executeScript("return window.innerHeight;"))
			.longValue();
		return (bottom > screen) ? List.of(page + " : titre à " + bottom + " px, sous l’écran (" + screen + " px)")
				: List.of();
	}

	/**
	 * What a finger taps that is under 44 px high: buttons, fields, the menu and links
	 * that stand alone (a link inside a sentence has the text's height, as WCAG allows);
	 * a checkbox counts with its label's row.
	 */
	private List<String> smallTapTargets(String page) {
		@SuppressWarnings("unchecked")
		List<String> found = (List<String>) ((JavascriptExecutor) this.driver).executeScript(
				"""
						var out = [];
						document.querySelectorAll('a, button, summary, input, select, textarea').forEach(function (el) {
						  var box = el.getBoundingClientRect();
						  if (box.width === 0 || el.type === 'hidden' || el.closest('[hidden], .visually-hidden, .skip-link')) { return; }
						  var target = el;
						  if (el.type === 'checkbox' || el.type === 'radio') {
						    target = el.closest('.field--checkbox, label') || el;
						  }
						  if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') { return; }
						  var height = target.getBoundingClientRect().height;
						  if (height < 43.5) {
						    out.push((el.textContent || el.name || el.id || el.tagName).trim().slice(0, 30) + ' (' + Math.round(height) + ' px)');
						  }
						});
						return out;""");
		return found.stream().map((target) -> page + " : cible trop petite : « " + target + " »").toList();
	}

	private void assertAccessible(List<String> problems) {
		String page = this.driver.getCurrentUrl();
		assertThat(horizontalOverflow()).as("défilement horizontal sur " + page).isLessThanOrEqualTo(0);
		new AxeBuilder().withTags(List.of(WCAG_21_AA))
			.analyze(this.driver)
			.getViolations()
			.forEach((violation) -> problems.add(page + " : " + violation.getId() + " — " + violation.getHelp()));
	}

	private <T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(condition);
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private void type(String id, String text) {
		this.driver.findElement(By.id(id)).sendKeys(text);
	}

	private long horizontalOverflow() {
		Object overflow = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		return ((Number) overflow).longValue();
	}

	private List<String> consoleErrors(String path) {
		List<String> errors = new ArrayList<>();
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !path.equals("/page-inconnue")) {
				errors.add(path + " : console : " + entry.getMessage());
			}
		}
		return errors;
	}

	private void screenshot(Viewport viewport, String path) throws IOException {
		WebDriver window = this.driver;
		Object height = ((JavascriptExecutor) window)
			.executeScript("window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
		this.driver.manage()
			.window()
			.setSize(new Dimension(viewport.width, Math.max(viewport.height, ((Number) height).intValue())));
		Path file = SCREENSHOTS.resolve(viewport.name().toLowerCase())
			.resolve((path.equals("/") ? "accueil" : path.substring(1).replaceAll("[^A-Za-z0-9@.]+", "-")) + ".png");
		Files.createDirectories(file.getParent());
		Files.move(this.driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
		this.driver.manage().window().setSize(new Dimension(viewport.width, viewport.height));
	}

	enum Viewport {

		NARROW_PHONE(360, 740), PHONE(390, 844), DESKTOP(1366, 768);

		final int width;

		final int height;

		Viewport(int width, int height) {
			this.width = width;
			this.height = height;
		}

	}

	/** Whether leaving the page now would ask first (the page's beforeunload handler). */
	private boolean leavingAsksFirst() {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.driver)
			.executeScript("var leaving = new Event('beforeunload', { cancelable: true });"
					+ "window.dispatchEvent(leaving); return leaving.defaultPrevented;"));
	}

}
