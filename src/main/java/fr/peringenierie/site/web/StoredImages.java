package fr.peringenierie.site.web;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded images: checked and re-encoded on the way in, made at the widths layouts ask
 * for on the way out (each width made once, then kept in memory).
 */
@Service
public class StoredImages {

	static final String PATH = "/images/";

	private final StoredImageRepository images;

	private final ImageProcessor processor;

	private final Cache<String, ImageProcessor.ProcessedImage> resized = Caffeine.newBuilder()
		.maximumWeight(32L * 1024
				* 1024).<String, ImageProcessor.ProcessedImage>weigher((key, image) -> image.data().length)
		.build();

	StoredImages(StoredImageRepository images, ImageProcessor processor) {
		this.images = images;
		this.processor = processor;
	}

	/**
	 * Stores an upload as a new image.
	 * @throws ImageProcessor.InvalidImageException with a French reason when the upload
	 * is not a JPEG, PNG or WebP image of an acceptable size
	 */
	@Transactional
	public ImageRef store(byte[] upload, String alt) {
		StoredImage image = this.images.save(new StoredImage(this.processor.process(upload)));
		ImageProcessor.ProcessedImage processed = image.asProcessed();
		return new ImageRef(image.getId(), alt, processed.width(), processed.height());
	}

	/**
	 * Stores an upload in place of {@code previous}, which is forgotten.
	 * @throws ImageProcessor.InvalidImageException as {@link #store} does; then nothing
	 * changes
	 */
	@Transactional
	public ImageRef replace(ImageRef previous, byte[] upload, String alt) {
		ImageRef stored = store(upload, alt);
		delete(previous);
		return stored;
	}

	/**
	 * Forgets an image nothing shows any more.
	 */
	@Transactional
	public void delete(ImageRef ref) {
		if (ref != null && ref.isPresent()) {
			this.images.deleteById(ref.getImageId());
		}
	}

	/**
	 * An image at one of the widths served ({@link Integer#MAX_VALUE}: as stored).
	 */
	@Transactional(readOnly = true)
	public Optional<ImageProcessor.ProcessedImage> at(long id, int width) {
		String key = id + ":" + width;
		ImageProcessor.ProcessedImage cached = this.resized.getIfPresent(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		return this.images.findById(id).map((stored) -> {
			ImageProcessor.ProcessedImage image = this.processor.resize(stored.asProcessed(), width);
			this.resized.put(key, image);
			return image;
		});
	}

}
