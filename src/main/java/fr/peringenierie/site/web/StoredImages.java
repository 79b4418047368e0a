package fr.peringenierie.site.web;

import java.time.Duration;
import java.time.Instant;
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
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every uploaded picture of the site — project photos, the hero, the logo, departments'
 * images, portraits — in one store: its master, and its renditions at the widths and in
 * the formats pages ask for, made by {@link ImageProcessor} outside any transaction and
 * kept in the database (every instance shares them), the most asked kept in memory too. A
 * stored image never changes: a new upload or a rotation is a new image, so its addresses
 * can be cached for good.
 */
@Service
public class StoredImages {

	static final String PATH = "/images/";

	private static final Logger logger = LoggerFactory.getLogger(StoredImages.class);

	/** How long browsers and shared caches keep an image address: it never changes. */
	private static final CacheControl FOR_GOOD = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final StoredImageRepository images;

	private final ImageRenditionRepository renditions;

	private final ImageProcessor processor;

	private final Cache<String, ImageProcessor.ProcessedImage> served = Caffeine.newBuilder()
		.maximumWeight(64L * 1024
				* 1024).<String, ImageProcessor.ProcessedImage>weigher((key, image) -> image.data().length)
		.build();

	/**
	 * One query per kind of content that shows an image ({@link ImageRef} embedded in an
	 * entity), loading the items, not in the bin, that show a given one.
	 */
	private final List<String> shownBy;

	/**
	 * Deletes the images that no item refers to any more (an item deleted for good from
	 * the bin takes its images with it).
	 */
	private final String unreferenced;

	@PersistenceContext
	private EntityManager entityManager;

	StoredImages(StoredImageRepository images, ImageRenditionRepository renditions, ImageProcessor processor,
			EntityManagerFactory entityManagerFactory) {
		this.images = images;
		this.renditions = renditions;
		this.processor = processor;
		this.shownBy = queriesOfShowingItems(entityManagerFactory);
		this.unreferenced = unreferencedImages(entityManagerFactory);
	}

	private static String unreferencedImages(EntityManagerFactory entityManagerFactory) {
		StringBuilder query = new StringBuilder("delete from StoredImage s where s.created < :before");
		for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
			for (Attribute<?, ?> attribute : entity.getAttributes()) {
				if (attribute.getJavaType() == ImageRef.class) {
					query.append(" and s.id not in (select e.")
						.append(attribute.getName())
						.append(".imageId from ")
						.append(entity.getName())
						.append(" e where e.")
						.append(attribute.getName())
						.append(".imageId is not null)");
				}
			}
		}
		return query.toString();
	}

	/**
	 * Forgets, every night on one instance, the images nothing refers to any more: those
	 * of items deleted for good from the bin. Images stored in the last day are left
	 * alone, whatever transaction may be about to refer to them.
	 */
	@Scheduled(cron = "${per.images.sweep-cron:0 15 4 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "images.sweep", lockAtLeastFor = "PT1M")
	@Transactional
	public int forgetUnreferenced() {
		int forgotten = this.entityManager.createQuery(this.unreferenced)
			.setParameter("before", Instant.now().minus(Duration.ofDays(1)))
			.executeUpdate();
		if (forgotten > 0) {
			logger.info("Images : {} image(s) que plus rien ne montre supprimée(s)", forgotten);
		}
		return forgotten;
	}

	private static List<String> queriesOfShowingItems(EntityManagerFactory entityManagerFactory) {
		List<String> queries = new ArrayList<>();
		for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
			for (Attribute<?, ?> attribute : entity.getAttributes()) {
				if (attribute.getJavaType() == ImageRef.class) {
					String binned = OrderedEntity.class.isAssignableFrom(entity.getJavaType())
							? " and e.binnedAt is null" : "";
					queries.add("select e from " + entity.getName() + " e where e." + attribute.getName()
							+ ".imageId = :id" + binned);
				}
			}
		}
		return List.copyOf(queries);
	}

	/**
	 * Makes an upload into a master and its renditions, ready to {@link #store}: the slow
	 * part, done before any transaction begins.
	 * @throws ImageProcessor.InvalidImageException with a French reason when the upload
	 * is not a picture the site accepts
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ImageProcessor.PreparedImage prepare(byte[] upload) {
		return this.processor.prepare(upload);
	}

	/**
	 * The picture shown by {@code ref} turned by quarter turns clockwise, ready to
	 * {@link #replace} it: its focal point turns with it. Called outside any transaction
	 * (controllers have none: open-in-view is off), so that no connection is held while
	 * the picture is decoded and encoded again.
	 */
	public Rotated rotated(ImageRef ref, int quarterTurns) {
		StoredImage stored = this.images.findById(ref.getImageId())
			.orElseThrow(() -> new ResourceNotFoundException("Image inconnue : " + ref.getImageId()));
		ImageProcessor.PreparedImage turned = this.processor.rotate(stored.asProcessed(), quarterTurns);
		int x = ref.getFocusX();
		int y = ref.getFocusY();
		for (int turn = 0; turn < Math.floorMod(quarterTurns, 4); turn++) {
			int turnedX = 100 - y;
			y = x;
			x = turnedX;
		}
		return new Rotated(turned, x, y);
	}

	/**
	 * Stores a prepared image, its renditions with it.
	 */
	@Transactional
	public ImageRef store(ImageProcessor.PreparedImage prepared, String alt) {
		StoredImage image = this.images.save(new StoredImage(prepared.master()));
		for (ImageProcessor.Rendition rendition : prepared.renditions()) {
			this.renditions.add(image.getId(), rendition.width(), rendition.format(), rendition.image());
		}
		return new ImageRef(image.getId(), alt, prepared.master().width(), prepared.master().height(), null, null);
	}

	/**
	 * Stores a prepared image in place of {@code previous}, which is forgotten. A new
	 * picture starts with its focal point in the centre: the previous one's point says
	 * nothing about it.
	 */
	@Transactional
	public ImageRef replace(ImageRef previous, ImageProcessor.PreparedImage prepared, String alt) {
		ImageRef stored = store(prepared, alt);
		delete(previous);
		return stored;
	}

	/**
	 * Stores a turned image in place of the one it was made from.
	 */
	@Transactional
	public ImageRef replace(ImageRef previous, Rotated rotated) {
		ImageRef stored = store(rotated.image(), previous.getAlt()).focusedOn(rotated.focusX(), rotated.focusY());
		delete(previous);
		return stored;
	}

	/**
	 * Forgets an image nothing shows any more, with its renditions.
	 */
	@Transactional
	public void delete(ImageRef ref) {
		if (ref != null && ref.isPresent()) {
			delete(ref.getImageId());
		}
	}

	/**
	 * Forgets an image nothing shows any more, with its renditions.
	 */
	@Transactional
	public void delete(long imageId) {
		this.images.deleteById(imageId);
		this.served.asMap().keySet().removeIf((key) -> key.startsWith(imageId + ":"));
	}

	/**
	 * Whether an item out of the bin, visible to visitors, shows the image. Asked of the
	 * database every time, so that an image removed or binned on any instance stops being
	 * served at once.
	 */
	@Transactional(readOnly = true)
	public boolean isShown(long id) {
		for (String query : this.shownBy) {
			for (Object item : this.entityManager.createQuery(query, Object.class)
				.setParameter("id", id)
				.getResultList()) {
				if (!(item instanceof PublicContent content) || content.isVisibleToVisitors()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * An image as a page asks for it: at one of the {@link ImageProcessor#WIDTHS widths}
	 * served ({@code null}: the master) and in WebP or its own format. A rendition
	 * missing (an image stored before renditions were kept) is made now, outside any
	 * transaction (controllers have none), and kept; each read and write takes a
	 * connection for itself only.
	 */
	public Optional<ImageProcessor.ProcessedImage> rendition(long id, Integer width,
			ImageProcessor.RenditionFormat format) {
		String key = id + ":" + width + ":" + format;
		ImageProcessor.ProcessedImage image = this.served.getIfPresent(key);
		if (image == null) {
			// Loaded outside the cache's lock: making a missing rendition takes a while.
			image = load(id, width, format);
			if (image != null) {
				this.served.put(key, image);
			}
		}
		return Optional.ofNullable(image);
	}

	private ImageProcessor.ProcessedImage load(long id, Integer width, ImageProcessor.RenditionFormat format) {
		if (width == null && format == ImageProcessor.RenditionFormat.ORIGINAL) {
			return this.images.findById(id).map(StoredImage::asProcessed).orElse(null);
		}
		int served = (width != null) ? width : ImageProcessor.WIDTHS.get(ImageProcessor.WIDTHS.size() - 1);
		Optional<ImageProcessor.ProcessedImage> kept = this.renditions.find(id, served, format);
		if (kept.isPresent()) {
			return kept.get();
		}
		Optional<StoredImage> master = this.images.findById(id);
		if (master.isEmpty()) {
			return null;
		}
		ImageProcessor.ProcessedImage made = this.processor.render(master.get().asProcessed(), served, format);
		try {
			this.renditions.add(id, served, format, made);
		}
		catch (DataIntegrityViolationException ex) {
			// The image was deleted meanwhile: served this once, not kept.
		}
		return made;
	}

	/**
	 * The answer that serves an image, cached for good: its address changes whenever the
	 * picture does.
	 */
	public static ResponseEntity<byte[]> response(ImageProcessor.ProcessedImage image, String etag,
			CacheControl caching) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(caching)
			.eTag(etag)
			.body(image.data());
	}

	/**
	 * The caching of an image visitors may see: for good.
	 */
	public static CacheControl forGood() {
		return FOR_GOOD;
	}

	/**
	 * The format asked for, at a width the layouts use; any other is a bad address.
	 */
	public static ImageProcessor.RenditionFormat servedFormat(Integer width, String format) {
		if (width != null && !ImageProcessor.WIDTHS.contains(width)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Largeur d’image non proposée");
		}
		if (!format.isEmpty() && !"webp".equals(format)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Format d’image non proposé");
		}
		return ImageProcessor.RenditionFormat.ofParameter(format);
	}

	public static String etag(long imageId, Integer width, ImageProcessor.RenditionFormat format) {
		return imageId + "-" + ((width != null) ? width : "original") + "-" + format.parameter();
	}

	/**
	 * A picture turned, ready to replace the one it was made from, with its focal point
	 * turned too.
	 */
	public record Rotated(ImageProcessor.PreparedImage image, int focusX, int focusY) {

	}

}
