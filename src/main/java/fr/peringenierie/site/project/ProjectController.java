package fr.peringenierie.site.project;

import java.util.List;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.Mentions;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.StoredImages;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "PER en images": the project gallery and a page per project.
 */
@Controller
class ProjectController {

	private final ProjectGallery gallery;

	private final Messages messages;

	private final StoredImages images;

	private final List<Mentions> mentions;

	ProjectController(ProjectGallery gallery, Messages messages, StoredImages images, List<Mentions> mentions) {
		this.mentions = mentions;
		this.messages = messages;
		this.gallery = gallery;
		this.images = images;
	}

	@GetMapping("/realisations")
	@PublicPage(parameters = { "ville", "annee", "departement", "secteur" })
	String gallery(@ModelAttribute("filter") ProjectFilter filter, BindingResult binding, Model model) {
		// A year that is not a number is left unset; the page shows the error by the
		// filter (and answers 400, see FormErrorStatusInterceptor).
		model.addAttribute("gallery", this.gallery.page(filter));
		model.addAttribute(PageMeta.CANONICAL_QUERY, filter.singleFilterQuery().orElse(null));
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(this.messages.get("page.projects.title"), this.messages.get("page.projects.description")));
		return "project/gallery";
	}

	/**
	 * A photo of a published project, or of one not published yet for staff (its editor
	 * and its preview show it before visitors can; they get a 404, and nothing of it is
	 * kept by a shared cache). Its address carries the image's id, which changes with the
	 * picture, so it can be cached for long.
	 */
	@GetMapping("/realisations/{slug}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable String slug, @PathVariable long photoId,
			@RequestParam(name = "w", required = false) Integer width,
			@RequestParam(name = "f", defaultValue = "") String format, Authentication authentication) {
		ImageProcessor.RenditionFormat rendition = StoredImages.servedFormat(width, format);
		ProjectPhoto photo = this.gallery.photo(slug, photoId, AdminForms.isStaff(authentication))
			.orElseThrow(() -> new ResourceNotFoundException("Photo inconnue : " + photoId));
		return serve(photo, width, rendition,
				photo.isVisibleToVisitors() ? StoredImages.forGood() : CacheControl.noStore());
	}

	/**
	 * The cover, at the address the single image of a project had before projects had
	 * several photos: links to it keep working.
	 */
	@GetMapping("/realisations/{slug}/image")
	ResponseEntity<byte[]> cover(@PathVariable String slug, @RequestParam(name = "w", required = false) Integer width,
			@RequestParam(name = "f", defaultValue = "") String format) {
		ImageProcessor.RenditionFormat rendition = StoredImages.servedFormat(width, format);
		ProjectPhoto cover = this.gallery.publishedCover(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Pas de photo pour : " + slug));
		// The cover changes when the photos are reordered: this address is revalidated.
		return serve(cover, width, rendition, CacheControl.noCache());
	}

	private ResponseEntity<byte[]> serve(ProjectPhoto photo, Integer width, ImageProcessor.RenditionFormat format,
			CacheControl caching) {
		long imageId = photo.getImage().getImageId();
		return this.images.rendition(imageId, width, format)
			.map((image) -> StoredImages.response(image, StoredImages.etag(imageId, width, format), caching))
			.orElseThrow(() -> new ResourceNotFoundException("Photo inconnue : " + photo.getId()));
	}

	@GetMapping("/realisations/{slug}")
	@PublicPage
	String show(@PathVariable String slug, Model model) {
		Project project = this.gallery.findPublished(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Réalisation inconnue : " + slug));
		model.addAttribute("project", project);
		model.addAttribute("related", this.gallery.related(project, 3));
		model.addAttribute("mentions", this.mentions.stream().flatMap((each) -> each.of(project).stream()).toList());
		model.addAttribute(PageMeta.STRUCTURED_DATA, this.gallery.structuredData(project));
		model.addAttribute(PageMeta.SHARED_IMAGE, this.gallery.coverUrl(project));
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta
					.of(project.getName(),
							this.messages.get("page.project.description", project.getName(), project.getCity(),
									project.getYears(), project.getClient(), project.getArchitect()))
					.under(this.messages.get("page.projects.title"), "/realisations"));
		return "project/show";
	}

}
