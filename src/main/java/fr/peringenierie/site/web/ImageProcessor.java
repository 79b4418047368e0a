package fr.peringenierie.site.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one way an uploaded picture becomes what the site stores and serves. An upload is
 * checked from its bytes (not its name), its header read before anything is decoded
 * (against decompression bombs), then made into a <em>master</em>: turned upright as the
 * camera said (EXIF orientation), converted to sRGB (CMYK and embedded ICC profiles,
 * through TwelveMonkeys' JPEG reader), scaled down to {@value #MASTER_SIDE} pixels on its
 * long side, and re-encoded with no metadata at all (no GPS position, no camera). The
 * <em>renditions</em> the pages ask for, at each of {@link #WIDTHS} in WebP and in the
 * master's own format, are made from the master in the same pass.
 * <p>
 * Nothing here touches the database: callers decode and encode first, then store the
 * result in a short transaction.
 */
@Component
public class ImageProcessor {

	private static final String UNREADABLE = "L’image est illisible ou endommagée.";

	/** Largest upload accepted, in bytes: what a 50-megapixel phone photo weighs. */
	public static final int MAX_BYTES = 25 * 1024 * 1024;

	/** Longest side of a stored master, in pixels. */
	public static final int MASTER_SIDE = 2560;

	/** The widths of the renditions layouts ask for ({@code srcset}), in pixels. */
	public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

	/** Largest side accepted before decoding, against decompression bombs. */
	static final int MAX_SOURCE_SIDE = 16_384;

	/** Most pixels accepted, read from the header before anything is decoded. */
	static final long MAX_SOURCE_PIXELS = 64_000_000;

	/**
	 * Most bytes one decoded image may take in memory: larger sources are decoded every
	 * second (third…) pixel, which the scaling to {@link #MASTER_SIDE} needs anyway.
	 */
	static final long MAX_DECODED_BYTES = 64L * 1024 * 1024;

	private static final float JPEG_QUALITY = 0.85f;

	private static final float WEBP_QUALITY = 0.80f;

	/** Brands of the ISO media files phones write instead of JPEG (HEIC, HEIF, AVIF). */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
			"msf1", "avif", "avis");

	private static final Logger logger = LoggerFactory.getLogger(ImageProcessor.class);

	/**
	 * Images worked on at once (decoding, scaling, encoding), so that simultaneous
	 * uploads and first requests cannot exhaust the memory or every core.
	 */
	private final Semaphore working = new Semaphore(2);

	/**
	 * The master of an upload, and every rendition of it.
	 * @throws InvalidImageException with a French reason when the upload is not a picture
	 * the site accepts
	 */
	public PreparedImage prepare(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw refused("Choisissez un fichier image.", "fichier vide");
		}
		if (upload.length > MAX_BYTES) {
			throw refused(tooLarge(upload.length), upload.length + " octets");
		}
		SourceFormat format = SourceFormat.detect(upload);
		if (format == SourceFormat.HEIF) {
			throw refused(
					"Les photos HEIC ou HEIF (le format des iPhone) ne peuvent pas encore être lues par le site. "
							+ "Sur l’iPhone, choisissez Réglages › Appareil photo › Formats › « Le plus compatible », "
							+ "ou partagez la photo par courriel en taille réelle : elle partira en JPEG.",
					"HEIC/HEIF/AVIF");
		}
		if (format == null) {
			throw refused(
					"Ce fichier n’est pas une image JPEG, PNG ou WebP (son contenu a été vérifié, pas seulement son nom).",
					"signature inconnue");
		}
		return working(() -> {
			BufferedImage master = master(decode(upload, true));
			MasterFormat own = (format == SourceFormat.PNG || master.getColorModel().hasAlpha()) ? MasterFormat.PNG
					: MasterFormat.JPEG;
			return prepared(master, own);
		});
	}

	/**
	 * The master turned by quarter turns clockwise (1: a quarter, 2: half, 3: three
	 * quarters), with its renditions.
	 */
	public PreparedImage rotate(ProcessedImage master, int quarterTurns) {
		return working(() -> {
			BufferedImage image = decode(master.data(), false);
			try {
				BufferedImage turned = Thumbnails.of(image)
					.scale(1)
					.rotate(90.0 * Math.floorMod(quarterTurns, 4))
					.imageType(
							image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
					.asBufferedImage();
				return prepared(turned, MasterFormat.ofContentType(master.contentType()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * One rendition of a stored master, for a master stored before renditions were made
	 * at upload.
	 */
	public ProcessedImage render(ProcessedImage master, int width, RenditionFormat format) {
		return working(() -> {
			BufferedImage image = decode(master.data(), false);
			MasterFormat own = MasterFormat.ofContentType(master.contentType());
			return encode(resize(image, Math.min(width, image.getWidth())), format.encoding(own));
		});
	}

	/**
	 * The message for a file over the limit, with its size, in French.
	 */
	static String tooLarge(long bytes) {
		return String.format(Locale.FRANCE, "Le fichier est trop volumineux (%.1f Mo) : %d Mo au maximum.",
				bytes / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024));
	}

	private PreparedImage prepared(BufferedImage master, MasterFormat own) {
		ProcessedImage stored = encode(master, own.encoding());
		List<Rendition> renditions = new ArrayList<>();
		// From the largest to the smallest, each made from the one before: every step
		// shrinks by less than half, which keeps small renditions sharp and costs less.
		BufferedImage previous = master;
		for (int index = WIDTHS.size() - 1; index >= 0; index--) {
			int width = WIDTHS.get(index);
			int served = Math.min(width, master.getWidth());
			if (renditions.stream().anyMatch((rendition) -> rendition.width() == served)) {
				continue;
			}
			BufferedImage scaled = resize((previous.getWidth() >= served) ? previous : master, served);
			for (RenditionFormat format : RenditionFormat.values()) {
				renditions.add(new Rendition(served, format, encode(scaled, format.encoding(own))));
			}
			previous = scaled;
		}
		renditions.sort(Comparator.comparingInt(Rendition::width));
		return new PreparedImage(stored, List.copyOf(renditions));
	}

	private <T> T working(Supplier<T> work) {
		try {
			this.working.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		try {
			return work.get();
		}
		finally {
			this.working.release();
		}
	}

	/**
	 * Decodes an upload (checked against its header) or a master (already checked); an
	 * upload is also turned upright as its EXIF orientation says.
	 */
	private static BufferedImage decode(byte[] data, boolean upload) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw refused(UNREADABLE, "aucun décodeur");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, false);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE || (long) width * height > MAX_SOURCE_PIXELS) {
					throw refused(String.format(Locale.FRANCE,
							"L’image est trop grande : %d mégapixels et %,d pixels de côté au maximum (celle-ci fait "
									+ "%,d × %,d pixels). Réduisez-la avant de l’envoyer.",
							MAX_SOURCE_PIXELS / 1_000_000, MAX_SOURCE_SIDE, width, height),
							width + " × " + height + " pixels");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = subsampling(width, height, bytesPerPixel(reader));
				param.setSourceSubsampling(step, step, 0, 0);
				Orientation orientation = upload ? orientation(reader) : Orientation.TOP_LEFT;
				// A file cut short decodes with a warning and grey rows: refused, not
				// stored.
				reader.addIIOReadWarningListener((source, warning) -> {
					String said = warning.toLowerCase(Locale.ROOT);
					if (said.contains("premature end") || said.contains("corrupt")) {
						throw refused("L’image est incomplète ou endommagée : envoyez de nouveau le fichier d’origine.",
								"avertissement du décodeur : " + warning);
					}
					logger.debug("Avertissement du décodeur d’image : {}", warning);
				});
				BufferedImage image = reader.read(0, param);
				image = inStandardColours(image);
				if (upload && orientation != null && orientation != Orientation.TOP_LEFT) {
					image = upright(image, orientation);
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (InvalidImageException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw refused(UNREADABLE, ex.toString());
		}
	}

	/**
	 * How the camera held the picture, from its EXIF data; {@code null} when the file
	 * does not say.
	 */
	private static Orientation orientation(ImageReader reader) {
		try {
			return ExifUtils.getExifOrientation(reader, 0);
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Orientation EXIF illisible : {}", ex.toString());
			return null;
		}
	}

	private static BufferedImage upright(BufferedImage image, Orientation orientation) {
		// The filters draw into an image of the source's type, which a decoder may leave
		// custom: draw into a plain one first.
		BufferedImage plain = plain(image);
		return ExifFilterUtils.getFilterForOrientation(orientation).apply(plain);
	}

	/**
	 * The image in sRGB, as browsers show photos that carry no profile: a photo decoded
	 * in its own colour space (Adobe RGB, Display P3, grey) is converted, not merely
	 * relabelled.
	 */
	private static BufferedImage inStandardColours(BufferedImage image) {
		ColorSpace space = image.getColorModel().getColorSpace();
		if (space.isCS_sRGB() && image.getType() != BufferedImage.TYPE_CUSTOM) {
			return image;
		}
		BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(),
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		if (space.isCS_sRGB()) {
			return draw(image, converted);
		}
		return new ColorConvertOp(null).filter(image, converted);
	}

	private static BufferedImage plain(BufferedImage image) {
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		if (image.getType() == type) {
			return image;
		}
		return draw(image, new BufferedImage(image.getWidth(), image.getHeight(), type));
	}

	private static BufferedImage draw(BufferedImage source, BufferedImage target) {
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.drawImage(source, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	/**
	 * Every how many pixels a source is read so that it takes at most
	 * {@link #MAX_DECODED_BYTES}, without ever going below the size the site stores.
	 */
	static int subsampling(int width, int height, int bytesPerPixel) {
		int step = 1;
		int longest = Math.max(width, height);
		while ((long) (width / step) * (height / step) * bytesPerPixel > MAX_DECODED_BYTES
				&& longest / (step + 1) >= MASTER_SIDE) {
			step++;
		}
		return step;
	}

	/**
	 * Bytes a decoded pixel takes, from the bit depth and channels in the header; the
	 * widest case when the reader cannot tell before decoding.
	 */
	private static int bytesPerPixel(ImageReader reader) throws IOException {
		ImageTypeSpecifier type = reader.getRawImageType(0);
		if (type == null) {
			return 8;
		}
		int bits = 0;
		for (int size : type.getSampleModel().getSampleSize()) {
			bits += size;
		}
		return Math.max(1, (bits + 7) / 8);
	}

	private static InvalidImageException refused(String message, String detail) {
		logger.info("Image refusée : {} ({})", message, detail);
		return new InvalidImageException(message);
	}

	/**
	 * The master: at most {@link #MASTER_SIDE} pixels on its long side.
	 */
	private static BufferedImage master(BufferedImage source) {
		int longest = Math.max(source.getWidth(), source.getHeight());
		if (longest <= MASTER_SIDE) {
			return plain(source);
		}
		return resize(source, (int) Math.round((double) source.getWidth() * MASTER_SIDE / longest));
	}

	private static BufferedImage resize(BufferedImage source, int width) {
		boolean alpha = source.getColorModel().hasAlpha();
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		if (width >= source.getWidth()) {
			return plain(source);
		}
		int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
		try {
			return Thumbnails.of(source).forceSize(Math.max(1, width), height).imageType(type).asBufferedImage();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ProcessedImage encode(BufferedImage image, Encoding encoding) {
		BufferedImage opaque = image;
		if (encoding == Encoding.JPEG && image.getColorModel().hasAlpha()) {
			opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = opaque.createGraphics();
			try {
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
				graphics.drawImage(image, 0, 0, null);
			}
			finally {
				graphics.dispose();
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByMIMEType(encoding.contentType).next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (encoding == Encoding.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			else if (encoding == Encoding.WEBP) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionType("Lossy");
				param.setCompressionQuality(WEBP_QUALITY);
			}
			// No metadata is passed: nothing of the upload's (EXIF, GPS, comments) is
			// written.
			writer.write(null, new IIOImage(opaque, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return new ProcessedImage(encoding.contentType, opaque.getWidth(), opaque.getHeight(), bytes.toByteArray());
	}

	/**
	 * The formats accepted, recognised by their first bytes; HEIF is recognised only to
	 * say how to send a JPEG instead.
	 */
	enum SourceFormat {

		JPEG, PNG, WEBP, HEIF;

		static SourceFormat detect(byte[] data) {
			if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
				return JPEG;
			}
			if (data.length >= 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
					&& data[4] == 0x0D && data[5] == 0x0A && data[6] == 0x1A && data[7] == 0x0A) {
				return PNG;
			}
			if (data.length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
					&& data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
				return WEBP;
			}
			if (data.length >= 12 && data[4] == 'f' && data[5] == 't' && data[6] == 'y' && data[7] == 'p'
					&& HEIF_BRANDS.contains(new String(data, 8, 4, StandardCharsets.US_ASCII))) {
				return HEIF;
			}
			return null;
		}

	}

	/** How bytes are written. */
	enum Encoding {

		JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

		final String contentType;

		Encoding(String contentType) {
			this.contentType = contentType;
		}

	}

	/**
	 * The format of a master: JPEG for photos, PNG for pictures with transparency (a
	 * logo) or sent as PNG (a drawing, whose flat colours JPEG would smear).
	 */
	enum MasterFormat {

		JPEG, PNG;

		static MasterFormat ofContentType(String contentType) {
			return "image/png".equals(contentType) ? PNG : JPEG;
		}

		Encoding encoding() {
			return (this == PNG) ? Encoding.PNG : Encoding.JPEG;
		}

	}

	/**
	 * The formats of the renditions: WebP, which browsers that read it get through
	 * {@code <picture>}, and the master's own (JPEG or PNG) for the others.
	 */
	public enum RenditionFormat {

		WEBP, ORIGINAL;

		Encoding encoding(MasterFormat master) {
			return (this == WEBP) ? Encoding.WEBP : master.encoding();
		}

		/** The value of the {@code f} parameter of an image address. */
		public String parameter() {
			return (this == WEBP) ? "webp" : "";
		}

		public static RenditionFormat ofParameter(String value) {
			return "webp".equals(value) ? WEBP : ORIGINAL;
		}

	}

	/**
	 * Bytes ready to store or serve.
	 */
	public record ProcessedImage(String contentType, int width, int height, byte[] data) {

	}

	/**
	 * One rendition of a master.
	 */
	public record Rendition(int width, RenditionFormat format, ProcessedImage image) {

	}

	/**
	 * A master and its renditions, made before anything is stored.
	 */
	public record PreparedImage(ProcessedImage master, List<Rendition> renditions) {

	}

	/**
	 * The upload is not an image the site accepts; the message says why, in French.
	 */
	public static class InvalidImageException extends RuntimeException {

		public InvalidImageException(String message) {
			super(message);
		}

	}

}
