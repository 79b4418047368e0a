package fr.peringenierie.site.web;

import org.springframework.http.ResponseEntity;
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
			@RequestParam(name = "f", defaultValue = "") String format) {
		ImageProcessor.RenditionFormat rendition = StoredImages.servedFormat(width, format);
		if (!this.images.isShown(id)) {
			throw new ResourceNotFoundException("Image inconnue : " + id);
		}
		return this.images.rendition(id, width, rendition)
			.map((image) -> StoredImages.response(image, StoredImages.etag(id, width, rendition),
					StoredImages.forGood()))
			.orElseThrow(() -> new ResourceNotFoundException("Image inconnue : " + id));
	}

}
