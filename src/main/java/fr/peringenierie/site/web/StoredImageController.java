package fr.peringenierie.site.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves uploaded images. An image is never changed (a new upload is a new image), so its
 * address is cached for a year.
 */
@Controller
class StoredImageController {

	private final StoredImages images;

	StoredImageController(StoredImages images) {
		this.images = images;
	}

	@GetMapping(StoredImages.PATH + "{id}")
	ResponseEntity<byte[]> serve(@PathVariable long id, @RequestParam(name = "w", required = false) Integer width) {
		if (width != null && !ImageRef.WIDTHS.contains(width)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Largeur d’image non proposée");
		}
		ImageProcessor.ProcessedImage image = this.images.at(id, (width != null) ? width : Integer.MAX_VALUE)
			.orElseThrow(() -> new ResourceNotFoundException("Image inconnue : " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.eTag(id + "-" + ((width != null) ? width : "original"))
			.body(image.data());
	}

}
