package fr.peringenierie.site.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves uploaded images shown by an item visitors see. An image is never changed (a new
 * upload is a new image), so its address is cached for a year.
 */
@Controller
class StoredImageController {

	private final StoredImages images;

	StoredImageController(StoredImages images) {
		this.images = images;
	}

	@GetMapping(StoredImages.PATH + "{id}")
	ResponseEntity<byte[]> serve(@PathVariable long id, @RequestParam(name = "w", required = false) Integer width,
			@RequestParam(name = "f", defaultValue = "") String format, Authentication authentication) {
		ImageProcessor.RenditionFormat rendition = StoredImages.servedFormat(width, format);
		boolean shown = this.images.isShown(id);
		// Staff see the picture of an item not online yet in its edit page and preview;
		// visitors get a 404, and nothing of it is kept by a shared cache.
		if (!shown && !AdminForms.isStaff(authentication)) {
			throw new ResourceNotFoundException("Image inconnue : " + id);
		}
		return this.images.rendition(id, width, rendition)
			.map((image) -> StoredImages.response(image, StoredImages.etag(id, width, rendition),
					shown ? StoredImages.forGood() : CacheControl.noStore()))
			.orElseThrow(() -> new ResourceNotFoundException("Image inconnue : " + id));
	}

}
