package fr.peringenierie.site.project;

import java.time.Duration;
import java.util.Optional;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "PER en images": the project gallery and a page per project.
 */
@Controller
class ProjectController {

	private final ProjectGallery gallery;

	private final Messages messages;

	ProjectController(ProjectGallery gallery, Messages messages) {
		this.messages = messages;
		this.gallery = gallery;
	}

	@GetMapping("/realisations")
	@PublicPage
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
	 * A photo of a published project. Its address carries a stamp that changes with the
	 * photo, so it can be cached for long.
	 */
	@GetMapping("/realisations/{slug}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable String slug, @PathVariable long photoId,
			@RequestParam(name = "w", required = false) Integer width, Authentication authentication) {
		Optional<Project> published = this.gallery.findPublished(slug);
		// The team sees the photos of a project not published yet, in its editor and its
		// preview; visitors get a 404, and nothing of it is kept by a shared cache.
		Project project = published
			.or(() -> AdminForms.isStaff(authentication) ? this.gallery.findForStaff(slug) : Optional.empty())
			.orElseThrow(() -> new ResourceNotFoundException("Réalisation inconnue : " + slug));
		ProjectPhoto photo = this.gallery.photo(project, photoId)
			.orElseThrow(() -> new ResourceNotFoundException("Photo inconnue : " + photoId));
		CacheControl caching = published.isPresent()
				? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable() : CacheControl.noStore();
		return photoResponse(photo, width, caching);
	}

	/**
	 * The cover, at the address the single image of a project had before projects had
	 * several photos: links to it keep working.
	 */
	@GetMapping("/realisations/{slug}/image")
	ResponseEntity<byte[]> cover(@PathVariable String slug, @RequestParam(name = "w", required = false) Integer width) {
		Project project = this.gallery.findPublished(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Réalisation inconnue : " + slug));
		if (!project.hasPhotos()) {
			throw new ResourceNotFoundException("Pas de photo pour : " + slug);
		}
		return photoResponse(project.getCover(), width,
				CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

	private ResponseEntity<byte[]> photoResponse(ProjectPhoto photo, Integer width, CacheControl caching) {
		if (width != null && !ProjectGallery.IMAGE_WIDTHS.contains(width)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Largeur d’image non proposée");
		}
		ImageProcessor.ProcessedImage image = this.gallery.photoAt(photo, (width != null) ? width : Integer.MAX_VALUE)
			.orElseThrow(() -> new ResourceNotFoundException("Photo inconnue : " + photo.getId()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(caching)
			.eTag(photo.getStamp() + "-" + ((width != null) ? width : "original"))
			.body(image.data());
	}

	@GetMapping("/realisations/{slug}")
	@PublicPage
	String show(@PathVariable String slug, Model model) {
		Project project = this.gallery.findPublished(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Réalisation inconnue : " + slug));
		model.addAttribute("project", project);
		model.addAttribute("related", this.gallery.related(project, 3));
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
