package fr.peringenierie.site.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.admin.StaffAccounts;
import fr.peringenierie.site.admin.StaffUserRepository;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos as the office assistant really sends them, through the real back-office forms in
 * Chromium: a phone portrait (EXIF « turn a quarter ») shown upright as a project photo,
 * the home page's hero and a portrait; a 48-megapixel photo accepted and scaled down;
 * WebP given to a browser that reads it; nothing of the phone's position or camera
 * served; the focal point chosen moving the crop of a portrait and a card.
 */
@SiteIntegrationTest
class PhotoBrowserTests {

	private static final String USERNAME = "photographe";

	private static final String PASSWORD = "mot-de-passe-photographe";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver driver;

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void cleanUp() {
		if (this.driver != null) {
			this.driver.quit();
		}
		this.jdbc.update("delete from project_photo");
		this.jdbc.update("delete from content_draft");
		this.jdbc.update("update site_picture set image_id = null, image_alt = null, image_width = null, "
				+ "image_height = null, image_focus_x = null, image_focus_y = null");
		this.jdbc.update("update team_member set image_id = null, image_alt = null, image_width = null, "
				+ "image_height = null, image_focus_x = null, image_focus_y = null");
		this.jdbc.update("delete from stored_image");
		this.transactions.executeWithoutResult(
				(status) -> this.users.findByUsernameIgnoreCase(USERNAME).ifPresent(this.users::delete));
	}

	@Test
	void phonePhotosAreUprightEverywhereServedAsWebpWithoutTheirPositionAndKeepTheirFocalPoint() throws Exception {
		this.transactions.executeWithoutResult((status) -> this.accounts.create(USERNAME, PASSWORD, StaffRole.ADMIN));
		Path phone = fixture("phone-portrait.jpg");
		Path large = largePhoto();
		assertThat(Files.size(large)).as("photo de 48 mégapixels").isBetween(9_500_000L, 25L * 1024 * 1024);
		long doramar = this.jdbc.queryForObject("select id from project where slug = 'doramar'", Long.class);
		long director = this.jdbc.queryForObject("select min(id) from team_member", Long.class);
		this.driver = Chromium.start(1280, 900);
		signIn();

		// Two photos chosen at once: sent one by one by the page's script, each with its
		// progress bar, then the page shows them; a caption typed in the project's text
		// meanwhile is not lost (kept as a draft).
		open("/admin/realisations/" + doramar);
		WebElement caption = this.driver.findElement(By.id("caption"));
		caption.clear();
		caption.sendKeys("Légende tapée avant l’envoi des photos");
		this.driver.findElement(By.id("photo")).sendKeys(phone + "\n" + large);
		this.driver.findElement(By.id("new-photo-alt")).sendKeys("La résidence DoraMar, façade");
		this.driver.findElement(By.cssSelector("[data-photo-send]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".photo-list__item"), 2));
		assertThat(this.driver.findElement(By.id("caption")).getAttribute("value"))
			.isEqualTo("Légende tapée avant l’envoi des photos");
		assertThat(this.driver.findElement(By.cssSelector(".flash--warning[role=status]")).getText())
			.contains("gardé en brouillon");
		List<Long> photos = this.jdbc.queryForList("select id from project_photo order by position", Long.class);
		assertThat(photos).hasSize(2);

		// The phone portrait is the cover: upright on the project page, in WebP.
		open("/realisations/doramar");
		WebElement cover = this.driver.findElement(By.cssSelector("img.project__image"));
		assertUpright(cover);
		assertThat(currentSource(cover)).contains("f=webp");
		String coverAddress = "/realisations/doramar/photos/" + photos.get(0);
		for (String width : List.of("", "&w=480", "&w=960", "&w=1600", "&w=960&f=webp")) {
			byte[] served = get(coverAddress + "?v=1" + width);
			assertThat(new String(served, StandardCharsets.ISO_8859_1)).as("EXIF ôté de " + width)
				.doesNotContain("Exif", "GPS", "Secret");
		}
		// The 48-megapixel photo was accepted and scaled down to 2 560 pixels.
		BufferedImage master = ImageIO
			.read(new ByteArrayInputStream(get("/realisations/doramar/photos/" + photos.get(1))));
		assertThat(master.getWidth()).isEqualTo(2560);
		assertThat(master.getHeight()).isEqualTo(1920);

		// The same phone photo as the home page's hero and as the director's portrait.
		open("/admin/images");
		this.driver.findElement(By.id("image-home-hero-file")).sendKeys(phone.toString());
		this.driver.findElement(By.id("image-home-hero-alt")).sendKeys("Le chantier de la résidence");
		this.driver.findElement(By.cssSelector("#image-home-hero form[enctype] button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
		open("/admin/equipe/personnes/" + director);
		this.driver.findElement(By.id("portrait-file")).sendKeys(phone.toString());
		this.driver.findElement(By.id("portrait-alt")).sendKeys("Portrait du directeur");
		this.driver.findElement(By.cssSelector("#portrait form[enctype] button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
		open("/");
		assertUpright(this.driver.findElement(By.cssSelector("img.hero__photo")));
		open("/equipe");
		WebElement portrait = this.driver.findElement(By.cssSelector("img.person__portrait"));
		assertUpright(portrait);
		assertThat(portrait.getCssValue("object-position")).isEqualTo("50% 50%");

		// The top of the portrait must stay in view: the square crop moves up.
		open("/admin/equipe/personnes/" + director);
		new Select(this.driver.findElement(By.id("portrait-focus-y"))).selectByValue("0");
		this.driver.findElement(By.cssSelector("#portrait form[data-focus-form] button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
		open("/equipe");
		assertThat(this.driver.findElement(By.cssSelector("img.person__portrait")).getCssValue("object-position"))
			.isEqualTo("50% 0%");

		// A click on the cover's picture, near its right edge, sets the point of the
		// card.
		open("/admin/realisations/" + doramar + "/photos/" + photos.get(0));
		WebElement tools = this.driver.findElement(By.cssSelector(".image-tools"));
		WebElement picker = tools.findElement(By.cssSelector("[data-focus-picker] img"));
		new org.openqa.selenium.interactions.Actions(this.driver)
			.moveToElement(picker, picker.getSize().getWidth() / 2 - 2, 0)
			.click()
			.perform();
		assertThat(new Select(tools.findElement(By.cssSelector("[data-focus-x]"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("100");
		tools.findElement(By.cssSelector("form[data-focus-form] button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
		open("/realisations");
		assertThat(this.driver.findElement(By.cssSelector("img.project-card__image")).getCssValue("object-position"))
			.isEqualTo("100% 50%");

		// At a phone's width the photo editor fits the screen, tools open.
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
		open("/admin/realisations/" + doramar + "#photos");
		assertThat(this.driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
			.as("défilement horizontal à 360 px")
			.isEqualTo(0L);
		screenshot("admin-photos-360.png");
		open("/admin/realisations/" + doramar + "/photos/" + photos.get(0));
		assertThat(this.driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
			.as("défilement horizontal à 360 px, page d’une photo")
			.isEqualTo(0L);
		screenshot("admin-photo-tools-360.png");
		open("/realisations/doramar");
		screenshot("realisation-photos-360.png");
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

		// A quarter turn from the back office: the cover lies on its side as asked.
		open("/admin/realisations/" + doramar);
		this.driver.findElement(By.cssSelector("#photo-" + photos.get(0)))
			.findElement(By.xpath(".//button[contains(., 'Tourner, point visible')]"))
			.click();
		waitFor(ExpectedConditions.urlContains("/photos/" + photos.get(0)));
		WebElement turnTools = this.driver.findElement(By.cssSelector(".image-tools"));
		turnTools.findElement(By.xpath(".//button[contains(., 'Tourner à droite')]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash--success")));
		open("/realisations/doramar");
		WebElement turned = this.driver.findElement(By.cssSelector("img.project__image"));
		waitFor((driver) -> naturalSize(turned)[0] > 0);
		long[] size = naturalSize(turned);
		assertThat(size[0]).as("largeur après un quart de tour").isGreaterThan(size[1]);
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(BrowserTests.SCREENSHOTS);
		Files.write(BrowserTests.SCREENSHOTS.resolve(name),
				this.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
	}

	private void assertUpright(WebElement image) {
		waitFor((driver) -> naturalSize(image)[0] > 0);
		long[] size = naturalSize(image);
		assertThat(size[1]).as("hauteur > largeur : " + currentSource(image)).isGreaterThan(size[0]);
	}

	private long[] naturalSize(WebElement image) {
		JavascriptExecutor script = this.driver;
		Object width = script.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
		Object height = script.executeScript("return arguments[0].naturalHeight;", image);
		return new long[] { ((Number) width).longValue(), ((Number) height).longValue() };
	}

	private String currentSource(WebElement image) {
		return String.valueOf(this.driver.executeScript("return arguments[0].currentSrc;", image));
	}

	private byte[] get(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private void signIn() {
		open("/admin/login");
		this.driver.findElement(By.id("username")).sendKeys(USERNAME);
		this.driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/login")));
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(condition);
	}

	private static Path fixture(String name) throws IOException {
		Path file = Files.createTempFile("photo-", "-" + name);
		try (var input = PhotoBrowserTests.class.getResourceAsStream("/images/" + name)) {
			Files.write(file, input.readAllBytes());
		}
		file.toFile().deleteOnExit();
		return file;
	}

	/**
	 * An 8 000 × 6 000 JPEG of about 12 MB, as a 48-megapixel phone writes: noise in
	 * stripes, so that it weighs what a real photo does.
	 */
	static Path largePhoto() throws IOException {
		BufferedImage image = new BufferedImage(8000, 6000, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(48);
		for (int y = 0; y < 6000; y++) {
			boolean noisy = (y / 100) % 2 == 0;
			for (int x = 0; x < 8000; x++) {
				image.setRGB(x, y, noisy ? random.nextInt() : 0x6A8CAF + (x / 40));
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.6f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		Path file = Files.createTempFile("photo-48mp-", ".jpg");
		Files.write(file, bytes.toByteArray());
		file.toFile().deleteOnExit();
		return file;
	}

}
