package fr.peringenierie.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;

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

	/**
	 * One query per kind of content that shows an image ({@link ImageRef} embedded in an
	 * entity), counting the items, not in the bin, that show a given one.
	 */
	private final List<String> shownBy;

	@PersistenceContext
	private EntityManager entityManager;

	StoredImages(StoredImageRepository images, ImageProcessor processor, EntityManagerFactory entityManagerFactory) {
		this.images = images;
		this.processor = processor;
		this.shownBy = queriesOfShowingItems(entityManagerFactory);
	}

	private static List<String> queriesOfShowingItems(EntityManagerFactory entityManagerFactory) {
		List<String> queries = new ArrayList<>();
		for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
			for (Attribute<?, ?> attribute : entity.getAttributes()) {
				if (attribute.getJavaType() == ImageRef.class) {
					String binned = OrderedEntity.class.isAssignableFrom(entity.getJavaType())
							? " and e.binnedAt is null" : "";
					queries.add("select count(e) from " + entity.getName() + " e where e." + attribute.getName()
							+ ".imageId = :id" + binned);
				}
			}
		}
		return List.copyOf(queries);
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
	 * An image at one of the widths served ({@link Integer#MAX_VALUE}: as stored), while
	 * an item out of the bin shows it. Asked of the database every time, so that an image
	 * removed or binned on any instance stops being served at once; only the resizing is
	 * kept in memory.
	 */
	@Transactional(readOnly = true)
	public Optional<ImageProcessor.ProcessedImage> at(long id, int width) {
		if (!isShown(id)) {
			return Optional.empty();
		}
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

	private boolean isShown(long id) {
		for (String query : this.shownBy) {
			if (this.entityManager.createQuery(query, Long.class).setParameter("id", id).getSingleResult() > 0) {
				return true;
			}
		}
		return false;
	}

}
