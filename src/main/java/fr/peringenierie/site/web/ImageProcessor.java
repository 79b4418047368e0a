package fr.peringenierie.site.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Checks that an upload really is a JPEG, PNG or WebP image, from its bytes and not its
 * name, then re-encodes it: the stored file carries no metadata (location, camera) and no
 * hidden payload, and is scaled down to what the site displays.
 */
@Component
public class ImageProcessor {

	private static final String UNREADABLE = "L’image est illisible ou endommagée.";

	/** Largest upload accepted, in bytes. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Largest side of a stored image, in pixels. */
	static final int MAX_SIDE = 2000;

	/** Largest side accepted before decoding, against decompression bombs. */
	static final int MAX_SOURCE_SIDE = 10_000;

	/** Most pixels accepted, read from the header before anything is decoded. */
	static final long MAX_SOURCE_PIXELS = 50_000_000;

	/**
	 * Most bytes one decoded image may take in memory: larger sources are decoded every
	 * second (third…) pixel, which the scaling to {@link #MAX_SIDE} needs anyway.
	 */
	static final long MAX_DECODED_BYTES = 64L * 1024 * 1024;

	private static final Logger logger = LoggerFactory.getLogger(ImageProcessor.class);

	/** Images decoded at once, so that simultaneous uploads cannot exhaust the memory. */
	private final Semaphore decoding = new Semaphore(2);

	/**
	 * The image ready to store.
	 */
	public ProcessedImage process(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw refused("Choisissez un fichier image.", "fichier vide");
		}
		if (upload.length > MAX_BYTES) {
			throw refused(tooLarge(upload.length), upload.length + " octets");
		}
		ImageFormat format = ImageFormat.detect(upload);
		if (format == null) {
			throw refused(
					"Ce fichier n’est pas une image JPEG, PNG ou WebP (son contenu a été vérifié, pas seulement son nom).",
					"signature inconnue");
		}
		BufferedImage image = decodeBounded(upload);
		BufferedImage scaled = scale(image, format == ImageFormat.PNG);
		String outputFormat = (format == ImageFormat.PNG) ? "png" : "jpeg";
		byte[] encoded = encode(scaled, outputFormat);
		return new ProcessedImage("image/" + outputFormat, scaled.getWidth(), scaled.getHeight(), encoded);
	}

	/**
	 * A narrower copy of a stored image, for layouts that show it small; an image already
	 * as narrow is returned as it is.
	 */
	public ProcessedImage resize(ProcessedImage stored, int width) {
		if (width >= stored.width()) {
			return stored;
		}
		boolean png = "image/png".equals(stored.contentType());
		BufferedImage image = decodeBounded(stored.data());
		int height = Math.max(1, Math.round((float) stored.height() * width / stored.width()));
		BufferedImage scaled = draw(image, width, height, png);
		return new ProcessedImage(stored.contentType(), width, height, encode(scaled, png ? "png" : "jpeg"));
	}

	/**
	 * The message for a file over the limit, with its size, in French.
	 */
	static String tooLarge(long bytes) {
		return String.format(Locale.FRANCE, "Le fichier est trop volumineux (%.1f Mo) : 5 Mo au maximum.",
				bytes / (1024.0 * 1024.0));
	}

	private BufferedImage decodeBounded(byte[] data) {
		try {
			this.decoding.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		try {
			return decode(data);
		}
		finally {
			this.decoding.release();
		}
	}

	private static BufferedImage decode(byte[] upload) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw refused(UNREADABLE, "aucun décodeur");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE || (long) width * height > MAX_SOURCE_PIXELS) {
					throw refused(
							"L’image est trop grande : 50 mégapixels et 10 000 pixels de côté au maximum (celle-ci fait "
									+ width + " × " + height + " pixels). Réduisez-la avant de l’envoyer.",
							width + " × " + height + " pixels");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = subsampling(width, height, bytesPerPixel(reader));
				param.setSourceSubsampling(step, step, 0, 0);
				// A file cut short decodes with a warning and grey rows: refused, not
				// stored.
				reader.addIIOReadWarningListener((source, warning) -> {
					throw refused("L’image est incomplète ou endommagée : envoyez de nouveau le fichier d’origine.",
							"avertissement du décodeur : " + warning);
				});
				return reader.read(0, param);
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
	 * Every how many pixels a source is read so that it takes at most
	 * {@link #MAX_DECODED_BYTES}, without ever going below the size the site stores.
	 */
	static int subsampling(int width, int height, int bytesPerPixel) {
		int step = 1;
		int longest = Math.max(width, height);
		while ((long) (width / step) * (height / step) * bytesPerPixel > MAX_DECODED_BYTES
				&& longest / (step + 1) >= MAX_SIDE) {
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

	private static BufferedImage scale(BufferedImage source, boolean keepAlpha) {
		double ratio = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * ratio));
		int height = Math.max(1, (int) Math.round(source.getHeight() * ratio));
		return draw(source, width, height, keepAlpha);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, boolean keepAlpha) {
		BufferedImage target = new BufferedImage(width, height,
				keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (!keepAlpha) {
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if ("jpeg".equals(format)) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.85f);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * The image formats accepted, recognised by their first bytes.
	 */
	enum ImageFormat {

		JPEG, PNG, WEBP;

		static ImageFormat detect(byte[] data) {
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
			return null;
		}

	}

	/**
	 * An image re-encoded for storage.
	 */
	public record ProcessedImage(String contentType, int width, int height, byte[] data) {

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
