package fr.peringenierie.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import javax.imageio.ImageIO;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentRepository;
import fr.peringenierie.site.web.RenderedPageCache;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The site's pictures staff upload: the home page's hero, the logo, each department's
 * photo, the portraits of the people named on the team page (the Directeur Général
 * first). Only JPEG, PNG and WebP are taken, each with its description; nothing is shown
 * until given.
 */
@SiteIntegrationTest
@Transactional
class SiteImagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RenderedPageCache pageCache;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void nothingIsShownBeforeStaffUploadAndTheDirectorIsNamedFirst() throws Exception {
		assertThat(body("/")).contains("hero__drawing", "/img/logo-per-ingenierie.svg").doesNotContain("/images/");
		assertThat(body("/departements/structure")).doesNotContain("department-photo");
		String team = body("/equipe");
		assertThat(team).contains("Mahyar JALILI", "Ingénieur Génie Civil, Directeur Général de PER")
			.doesNotContain("person__portrait");
		assertThat(team.indexOf(">Mahyar JALILI</p>")).isPositive().isLessThan(team.indexOf("team-total"));
	}

	@Test
	void theHeroAndTheLogoAreShownWhereTheyBelongAndCanBeRemoved() throws Exception {
		assertThat(post("/admin/images/home.hero", jpeg(2400, 1600), "Le chantier du Parking Saint-Roch")).flash()
			.containsKey("success");
		assertThat(post("/admin/images/company.logo", png(300, 100), "Logo de PER INGÉNIERIE")).flash()
			.containsKey("success");
		flush();
		String home = body("/");
		String hero = imageAddress(home, "Le chantier du Parking Saint-Roch");
		assertThat(home).contains("fetchpriority=\"high\"", hero + "?w=480 480w", hero + "?w=1600 1600w")
			.doesNotContain("hero__drawing");
		assertThat(this.mvc.get().uri(hero).param("w", "960")).hasStatusOk()
			.hasContentType(MediaType.IMAGE_JPEG)
			.headers()
			.hasValue("Cache-Control", "max-age=31536000, public, immutable");
		for (String page : new String[] { "/", "/equipe", "/contact" }) {
			assertThat(body(page)).contains("brand__mark--uploaded").doesNotContain("/img/logo-per-ingenierie.svg");
		}

		this.mvc.post()
			.uri("/admin/images/home.hero/supprimer")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		assertThat(body("/")).contains("hero__drawing").doesNotContain("Le chantier du Parking Saint-Roch");
		assertThat(this.mvc.get().uri(hero)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDepartmentShowsItsPhotoAndANewOneReplacesIt() throws Exception {
		long structure = this.departments.findWithSectionsBySlug("structure").orElseThrow().getId();
		long textVersion = this.departments.findWithSectionsBySlug("structure").orElseThrow().getVersion();
		post("/admin/departements/" + structure + "/image", jpeg(1600, 900), "Coffrage d’un voile");
		flush();
		// The text typed beside the picture was opened on this version: it is still
		// current.
		assertThat(this.departments.findWithSectionsBySlug("structure").orElseThrow().getVersion())
			.isEqualTo(textVersion);
		String first = imageAddress(body("/departements/structure"), "Coffrage d’un voile");
		post("/admin/departements/" + structure + "/image", jpeg(1600, 900), "Ferraillage d’une dalle");
		flush();
		assertThat(body("/departements/structure")).contains("department-photo", "Ferraillage d’une dalle")
			.doesNotContain("Coffrage d’un voile");
		assertThat(this.mvc.get().uri(first)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void portraitsAreShownBesideThePeopleWhoAreAddedOrderedAndRemoved() throws Exception {
		assertThat(this.mvc.post()
			.uri("/admin/equipe/personnes")
			.param("name", "Jeanne Martin")
			.param("jobTitle", "Responsable du département Énergies")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		flush();
		long jeanne = ((Number) this.entityManager
			.createQuery("select m.id from TeamMember m where m.name = 'Jeanne Martin'")
			.getSingleResult()).longValue();
		assertThat(post("/admin/equipe/personnes/" + jeanne + "/portrait", jpeg(800, 800), "Portrait de Jeanne Martin"))
			.flash()
			.containsKey("success");
		flush();
		String team = body("/equipe");
		assertThat(team).contains("alt=\"Portrait de Jeanne Martin\"", "Responsable du département Énergies");
		String portrait = imageAddress(team, "Portrait de Jeanne Martin");
		assertThat(this.mvc.get().uri(portrait).param("w", "480")).hasStatusOk();
		assertThat(team.indexOf(">Mahyar JALILI</p>")).isPositive().isLessThan(team.indexOf(">Jeanne Martin</p>"));

		this.mvc.post()
			.uri("/admin/equipe/personnes/" + jeanne + "/deplacer")
			.param("offset", "-1")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		team = body("/equipe");
		assertThat(team.indexOf(">Jeanne Martin</p>")).isPositive().isLessThan(team.indexOf(">Mahyar JALILI</p>"));

		// Not removed without the confirmation box ticked; removed with it.
		this.mvc.post()
			.uri("/admin/equipe/personnes/" + jeanne + "/supprimer")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		assertThat(body("/equipe")).contains("Jeanne Martin");
		this.mvc.post()
			.uri("/admin/equipe/personnes/" + jeanne + "/supprimer")
			.param("confirmed", "true")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		assertThat(body("/equipe")).doesNotContain("Jeanne Martin");
		// Her portrait is no longer served either, though it was just resized.
		assertThat(this.mvc.get().uri(portrait).param("w", "480")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(portrait)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aBinnedDepartmentsPhotoIsNotServedUntilItIsRestored() throws Exception {
		Department energies = this.departments.findWithSectionsBySlug("energies").orElseThrow();
		post("/admin/departements/" + energies.getId() + "/image", jpeg(1200, 800), "Chaufferie bois");
		flush();
		String photo = imageAddress(body("/departements/energies"), "Chaufferie bois");
		assertThat(this.mvc.get().uri(photo).param("w", "960")).hasStatusOk();
		long version = this.departments.findById(energies.getId()).orElseThrow().getVersion();
		this.mvc.post()
			.uri("/admin/departements/" + energies.getId() + "/supprimer")
			.param("version", Long.toString(version))
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		assertThat(this.mvc.get().uri(photo).param("w", "960")).hasStatus(HttpStatus.NOT_FOUND);
		// Binned, it is out of the repository's reach.
		version = this.jdbc.queryForObject("select version from department where id = ?", Long.class, energies.getId());
		this.mvc.post()
			.uri("/admin/corbeille/departements/" + energies.getId() + "/restaurer")
			.param("version", Long.toString(version))
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		assertThat(this.mvc.get().uri(photo).param("w", "960")).hasStatusOk();
	}

	@Test
	void anSvgOrAnImageWithoutDescriptionIsRefusedAndChangesNothing() throws Exception {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		MvcTestResult refused = this.mvc.post()
			.uri("/admin/images/company.logo")
			.multipart()
			.file(new MockMultipartFile("image", "logo.svg", "image/svg+xml", svg))
			.param("alt", "Logo")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(refused.getMvcResult().getFlashMap().get("failure").toString())
			.contains("n’est pas une image JPEG, PNG ou WebP", "L’image n’a pas été enregistrée.");
		MvcTestResult withoutAlt = post("/admin/images/home.hero", png(400, 300), " ");
		assertThat(withoutAlt.getMvcResult().getFlashMap().get("failure").toString()).contains("Décrivez l’image");
		flush();
		assertThat(body("/")).contains("/img/logo-per-ingenierie.svg", "hero__drawing").doesNotContain("/images/");
		assertThat(this.mvc.get().uri("/images/999999")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/images/1").param("w", "123")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private MvcTestResult post(String path, byte[] image, String alt) {
		return this.mvc.post()
			.uri(path)
			.multipart()
			.file(new MockMultipartFile("image", "image", "application/octet-stream", image))
			.param("alt", alt)
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
	}

	private String body(String path) throws Exception {
		return this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
	}

	private static String imageAddress(String page, String alt) {
		Matcher image = Pattern.compile("src=\"(/images/\\d+)\\?w=\\d+\"[^>]*alt=\"" + Pattern.quote(alt) + "\"")
			.matcher(page);
		assertThat(image.find()).as("image « " + alt + " » sur la page").isTrue();
		return image.group(1);
	}

	/**
	 * Writes the test's changes; its transaction is never committed, so the rendered
	 * pages are forgotten instead of waiting for the content revision to move on.
	 */
	private void flush() {
		this.entityManager.flush();
		this.entityManager.clear();
		this.pageCache.clear();
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	private static byte[] png(int width, int height) throws IOException {
		return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png");
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, format, bytes);
		return bytes.toByteArray();
	}

}
