package fr.peringenierie.site.project;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.RenderedPageCache;
import jakarta.persistence.EntityManager;
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
 * Staff upload a project image; visitors see it; anything that is not really an image is
 * refused and changes nothing.
 */
@SiteIntegrationTest
@Transactional
class ProjectImageUploadTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RenderedPageCache pageCache;

	@Autowired
	ProjectRepository projects;

	@Autowired
	EntityManager entityManager;

	@Test
	void aRealImageIsStoredReEncodedAndServedWithItsAltText() throws IOException {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		MvcTestResult result = upload(doramar, new MockMultipartFile("image", "photo.png", "image/png", png()),
				"Façade de la résidence DoraMar");
		assertThat(result).hasStatus(HttpStatus.FOUND).flash().containsKey("success");
		flush();
		assertThat(this.mvc.get().uri("/realisations/doramar/image")).hasStatusOk()
			.hasContentType(MediaType.IMAGE_PNG)
			.headers()
			.containsHeader("ETag");
		assertThat(this.mvc.get().uri("/realisations")).bodyText()
			.contains("alt=\"Façade de la résidence DoraMar\"", "/realisations/doramar/image?v=", "&amp;w=480 480w",
					"&amp;w=1600 1600w");
		assertThat(this.mvc.get().uri("/realisations/doramar/image").param("w", "480")).hasStatusOk()
			.hasContentType(MediaType.IMAGE_PNG);
		assertThat(this.mvc.get().uri("/realisations/doramar/image").param("w", "123"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/admin/journal").with(user("chef").roles("EDITOR"))).bodyText()
			.contains("Image ajoutée");
	}

	@Test
	void aDisguisedFileIsRefusedAndChangesNothing() {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		MvcTestResult result = upload(doramar, new MockMultipartFile("image", "photo.jpg", "image/jpeg", script),
				"Une photo");
		assertThat(result).hasStatus(HttpStatus.FOUND).flash().containsKey("failure");
		assertThat(result.getMvcResult().getFlashMap().get("failure").toString())
			.contains("n’est pas une image JPEG, PNG ou WebP", "n’a pas été enregistrée");
		flush();
		assertThat(this.projects.findBySlug("doramar").orElseThrow().hasImage()).isFalse();
		assertThat(this.mvc.get().uri("/realisations/doramar/image")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anImageWithoutAltTextIsRefused() throws IOException {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		MvcTestResult result = upload(doramar, new MockMultipartFile("image", "photo.png", "image/png", png()), " ");
		assertThat(result.getMvcResult().getFlashMap().get("failure").toString()).contains("Décrivez l’image");
		flush();
		assertThat(this.projects.findBySlug("doramar").orElseThrow().hasImage()).isFalse();
	}

	@Test
	void aNewImageReplacesTheOldAndItCanBeRemoved() throws IOException {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		upload(doramar, new MockMultipartFile("image", "a.png", "image/png", png()), "Première");
		upload(doramar, new MockMultipartFile("image", "b.png", "image/png", png()), "Seconde");
		flush();
		assertThat(this.projects.findBySlug("doramar").orElseThrow().getImageAlt()).isEqualTo("Seconde");
		assertThat(this.mvc.get()
			.uri("/admin/realisations/" + doramar.getId() + "/image/supprimer")
			.with(user("chef").roles("EDITOR"))).bodyText().contains("effacée tout de suite et définitivement");
		this.mvc.post()
			.uri("/admin/realisations/" + doramar.getId() + "/image/supprimer")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		assertThat(this.mvc.get().uri("/realisations/doramar/image")).hasStatusOk();
		this.mvc.post()
			.uri("/admin/realisations/" + doramar.getId() + "/image/supprimer")
			.param("confirmed", "true")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())
			.exchange();
		flush();
		assertThat(this.mvc.get().uri("/realisations/doramar/image")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult upload(Project project, MockMultipartFile file, String alt) {
		return this.mvc.post()
			.uri("/admin/realisations/" + project.getId() + "/image")
			.multipart()
			.file(file)
			.param("alt", alt)
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

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}
