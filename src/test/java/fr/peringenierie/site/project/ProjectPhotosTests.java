package fr.peringenierie.site.project;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.persistence.EntityManager;
import javax.imageio.ImageIO;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.RenderedPageCache;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Staff give a project several photos, each with its description and caption, in the
 * order they choose (the first is the cover); visitors see them at the size their screen
 * needs; anything that is not really an image is refused and changes nothing.
 */
@SiteIntegrationTest
@Transactional
class ProjectPhotosTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RenderedPageCache pageCache;

	@Autowired
	ProjectRepository projects;

	@Autowired
	EntityManager entityManager;

	@Test
	void aRealImageIsStoredReEncodedAndServedWithItsAltTextAtEveryWidth() throws IOException {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		MvcTestResult result = upload(doramar,
				new MockMultipartFile("photo", "photo.png", "image/png", png(2000, 1000)),
				"Façade de la résidence DoraMar", "La façade sur l’avenue");
		assertThat(result).hasStatus(HttpStatus.FOUND).flash().containsKey("success");
		flush();
		ProjectPhoto photo = photos("doramar").get(0);
		String address = "/realisations/doramar/photos/" + photo.getId();
		assertThat(this.mvc.get().uri(address)).hasStatusOk()
			.hasContentType(MediaType.IMAGE_PNG)
			.headers()
			.containsHeader("ETag");
		assertThat(this.mvc.get().uri("/realisations")).bodyText()
			.contains("alt=\"Façade de la résidence DoraMar\"", address + "?v=", "&amp;w=480 480w", "&amp;w=1600 1600w",
					"loading=\"lazy\"");
		assertThat(this.mvc.get().uri("/realisations/doramar")).bodyText()
			.contains("La façade sur l’avenue",
					"<meta property=\"og:image\" content=\"https://www.example.test" + address,
					"\"image\":[\"https://www.example.test" + address);
		assertThat(this.mvc.get().uri(address).param("w", "480")).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
		assertThat(this.mvc.get().uri(address).param("w", "123")).hasStatus(HttpStatus.BAD_REQUEST);
		// The address of the single image projects had before keeps serving the cover.
		assertThat(this.mvc.get().uri("/realisations/doramar/image").param("w", "960")).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/journal").with(user("chef").roles("EDITOR"))).bodyText()
			.contains("Photo ajoutée");
	}

	@Test
	void aProjectPageShowsItsPhotosInTheOrderStaffChoseTheFirstAsCover() throws IOException {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		upload(doramar, new MockMultipartFile("photo", "a.png", "image/png", png(1200, 800)), "Vue de la rue", "");
		upload(doramar, new MockMultipartFile("photo", "b.png", "image/png", png(1200, 800)), "Le hall d’entrée",
				"Le hall, côté jardin");
		upload(doramar, new MockMultipartFile("photo", "c.png", "image/png", png(1200, 800)), "Les toits", "");
		flush();
		List<ProjectPhoto> photos = photos("doramar");
		assertThat(photos).extracting(ProjectPhoto::getAltText)
			.containsExactly("Vue de la rue", "Le hall d’entrée", "Les toits");
		String page = body("/realisations/doramar");
		assertThat(page.indexOf("alt=\"Vue de la rue\"")).isLessThan(page.indexOf("alt=\"Le hall d’entrée\""));
		assertThat(page).contains("Le hall, côté jardin", "En images");

		// The third becomes the cover in one step; its description changes without a new
		// upload.
		long roofs = photos.get(2).getId();
		long roofsVersion = photos.get(2).getVersion();
		this.mvc.post()
			.uri("/admin/realisations/" + doramar.getId() + "/photos/" + roofs + "/deplacer")
			.param("offset", "-2")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		roofsVersion = photos("doramar").get(0).getVersion();
		assertThat(this.mvc.post()
			.uri("/admin/realisations/" + doramar.getId() + "/garder")
			.param("photoTexts[" + roofs + "].alt", "Les toits-terrasses plantés")
			.param("photoTexts[" + roofs + "].caption", "Vue aérienne")
			.param("photoTexts[" + roofs + "].version", Long.toString(roofsVersion))
			.with(user("chef").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsKey("success");
		flush();
		assertThat(photos("doramar")).extracting(ProjectPhoto::getAltText)
			.containsExactly("Les toits-terrasses plantés", "Vue de la rue", "Le hall d’entrée");
		assertThat(body("/realisations")).contains("alt=\"Les toits-terrasses plantés\"")
			.doesNotContain("alt=\"Vue de la rue\"");
		assertThat(body("/realisations/doramar")).contains("Vue aérienne");
	}

	@Test
	void aDescriptionChangedMeanwhileIsNotOverwritten() throws IOException {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		upload(doramar, new MockMultipartFile("photo", "a.png", "image/png", png(400, 300)), "Vue de la rue", "");
		flush();
		ProjectPhoto photo = photos("doramar").get(0);
		// Two screens opened on the same version of the photo.
		long shownVersion = photo.getVersion();
		assertThat(describe(doramar, photo, "Première description", shownVersion)).flash().containsKey("success");
		flush();
		MvcTestResult late = describe(doramar, photo, "Description partie d’un écran ancien", shownVersion);
		assertThat(late.getMvcResult().getFlashMap().get("failure").toString()).contains("modifiée entre-temps");
		flush();
		assertThat(photos("doramar").get(0).getAltText()).isEqualTo("Première description");
	}

	@Test
	void aDisguisedFileIsRefusedAndChangesNothing() {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		MvcTestResult result = upload(doramar, new MockMultipartFile("photo", "photo.jpg", "image/jpeg", script),
				"Une photo", "");
		assertThat(result).hasStatus(HttpStatus.FOUND).flash().containsKey("failure");
		assertThat(result.getMvcResult().getFlashMap().get("failure").toString())
			.contains("n’est pas une image JPEG, PNG ou WebP", "n’a pas été enregistrée");
		flush();
		assertThat(photos("doramar")).isEmpty();
		assertThat(this.mvc.get().uri("/realisations/doramar/image")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anSvgIsRefused() {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		MvcTestResult result = upload(doramar, new MockMultipartFile("photo", "logo.svg", "image/svg+xml", svg),
				"Un dessin", "");
		assertThat(result.getMvcResult().getFlashMap().get("failure").toString())
			.contains("n’est pas une image JPEG, PNG ou WebP");
		flush();
		assertThat(photos("doramar")).isEmpty();
	}

	@Test
	void aPhotoWithoutAltTextIsRefused() throws IOException {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		MvcTestResult result = upload(doramar, new MockMultipartFile("photo", "photo.png", "image/png", png(40, 30)),
				" ", "");
		assertThat(result.getMvcResult().getFlashMap().get("failure").toString()).contains("Décrivez la photo");
		flush();
		assertThat(photos("doramar")).isEmpty();
	}

	@Test
	void aPhotoIsRemovedOnlyOnceConfirmedAndTheNextOneBecomesTheCover() throws IOException {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		upload(doramar, new MockMultipartFile("photo", "a.png", "image/png", png(40, 30)), "Première", "");
		upload(doramar, new MockMultipartFile("photo", "b.png", "image/png", png(40, 30)), "Seconde", "");
		flush();
		ProjectPhoto first = photos("doramar").get(0);
		String remove = "/admin/realisations/" + doramar.getId() + "/photos/" + first.getId() + "/supprimer";
		assertThat(this.mvc.get().uri(remove).with(user("chef").roles("EDITOR"))).bodyText()
			.contains("effacée tout de suite et définitivement");
		this.mvc.post().uri(remove).with(user("chef").roles("EDITOR")).with(csrf()).exchange();
		flush();
		assertThat(photos("doramar")).hasSize(2);
		this.mvc.post()
			.uri(remove)
			.param("confirmed", "true")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		assertThat(photos("doramar")).extracting(ProjectPhoto::getAltText).containsExactly("Seconde");
		assertThat(this.mvc.get().uri("/realisations/doramar/photos/" + first.getId())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(body("/realisations")).contains("alt=\"Seconde\"");
	}

	@Test
	void aHostileNameOrDescriptionCannotBreakOutOfThePage() throws Exception {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		doramar.setName("DoraMar</script><script>alert(1)</script>");
		doramar.setSector("Logements & <bureaux>");
		flush();
		String page = body("/realisations/doramar");
		String jsonLd = page.substring(page.indexOf("\"@type\":\"CreativeWork\""));
		jsonLd = jsonLd.substring(0, jsonLd.indexOf("</script>"));
		assertThat(jsonLd).contains("DoraMar\\u003c/script\\u003e", "Logements \\u0026 \\u003cbureaux\\u003e")
			.doesNotContain("<script>", "</script>");
		assertThat(page).doesNotContain("<script>alert(1)</script>");
	}

	/**
	 * Before a project goes online the team checks its photos, cover and order in its
	 * editor and preview; visitors get a 404, and no shared cache keeps them.
	 */
	@Test
	void anUnpublishedProjectsPhotosAreSeenByTheTeamOnly() throws IOException {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		upload(doramar, new MockMultipartFile("photo", "photo.png", "image/png", png(1200, 800)),
				"Chantier de la résidence", "");
		doramar = this.projects.findBySlug("doramar").orElseThrow();
		doramar.setPublished(false);
		flush();
		ProjectPhoto photo = photos("doramar").get(0);
		String address = "/realisations/doramar/photos/" + photo.getId();
		assertThat(this.mvc.get().uri(address).param("w", "480")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(address).param("w", "480").with(user("chef").roles("EDITOR"))).hasStatusOk()
			.headers()
			.hasValue("Cache-Control", "no-store");
		assertThat(this.mvc.get().uri("/admin/realisations/" + doramar.getId()).with(user("chef").roles("EDITOR")))
			.bodyText()
			.contains(address);
	}

	private List<ProjectPhoto> photos(String slug) {
		return this.projects.findBySlug(slug).orElseThrow().getPhotos();
	}

	private String body(String path) {
		try {
			return this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult describe(Project project, ProjectPhoto photo, String alt, long version) {
		return this.mvc.post()
			.uri("/admin/realisations/" + project.getId() + "/garder")
			.param("photoTexts[" + photo.getId() + "].alt", alt)
			.param("photoTexts[" + photo.getId() + "].caption", "")
			.param("photoTexts[" + photo.getId() + "].version", Long.toString(version))
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult upload(Project project, MockMultipartFile file, String alt, String caption) {
		return this.mvc.post()
			.uri("/admin/realisations/" + project.getId() + "/photos")
			.multipart()
			.file(file)
			.param("photoAlt", alt)
			.param("photoCaption", caption)
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
	}

	/**
	 * Writes the test's changes; its transaction is never committed, so the content
	 * revision does not move on as it would at a commit: the rendered pages are forgotten
	 * instead.
	 */
	private void flush() {
		this.entityManager.flush();
		this.entityManager.clear();
		this.pageCache.clear();
	}

	static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}
