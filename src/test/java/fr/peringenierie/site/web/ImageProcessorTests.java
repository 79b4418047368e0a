package fr.peringenierie.site.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageProcessorTests {

	final ImageProcessor processor = new ImageProcessor();

	@Test
	void pngStaysPngAndIsReEncoded() throws IOException {
		byte[] png = image("png", 120, 80);
		ImageProcessor.ProcessedImage processed = this.processor.process(png);
		assertThat(processed.contentType()).isEqualTo("image/png");
		assertThat(processed.width()).isEqualTo(120);
		assertThat(processed.height()).isEqualTo(80);
		assertThat(ImageIO.read(new ByteArrayInputStream(processed.data()))).isNotNull();
	}

	@Test
	void jpegLosesItsMetadata() throws IOException {
		byte[] jpeg = withComment(image("jpeg", 64, 64), "GPS 43.61N 3.87E appareil secret");
		assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).contains("appareil secret");
		ImageProcessor.ProcessedImage processed = this.processor.process(jpeg);
		assertThat(processed.contentType()).isEqualTo("image/jpeg");
		assertThat(new String(processed.data(), StandardCharsets.ISO_8859_1)).doesNotContain("appareil secret");
	}

	@Test
	void largeImagesAreScaledDown() throws IOException {
		ImageProcessor.ProcessedImage processed = this.processor.process(image("png", 3000, 1500));
		assertThat(processed.width()).isEqualTo(ImageProcessor.MAX_SIDE);
		assertThat(processed.height()).isEqualTo(ImageProcessor.MAX_SIDE / 2);
	}

	@Test
	void storedImagesAreServedNarrowerForSmallLayouts() throws IOException {
		ImageProcessor.ProcessedImage stored = this.processor.process(image("jpeg", 1600, 900));
		ImageProcessor.ProcessedImage small = this.processor.resize(stored, 480);
		assertThat(small.width()).isEqualTo(480);
		assertThat(small.height()).isEqualTo(270);
		assertThat(small.data().length).isLessThan(stored.data().length);
		assertThat(this.processor.resize(stored, 1600).data()).isSameAs(stored.data());
	}

	@Test
	void aTextFileNamedLikeAnImageIsRefused() {
		byte[] disguised = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.process(disguised))
			.withMessageContaining("n’est pas une image JPEG, PNG ou WebP");
	}

	@Test
	void aTruncatedImageIsRefused() throws IOException {
		byte[] png = image("png", 50, 50);
		byte[] truncated = Arrays.copyOf(png, 40);
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.process(truncated))
			.withMessageContaining("illisible ou endommagée");
	}

	@Test
	void anImageWithTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding() {
		// 9 999 × 9 999 pixels of 16-bit RGBA: 800 MB once decoded, a few bytes to send.
		byte[] png = pngHeaderOnly(9_999, 9_999, 16, 6);
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.process(png))
			.withMessageContaining("trop grande")
			.withMessageContaining("mégapixels");
	}

	@Test
	void aLargeDeepImageIsDecodedSmallerThanItIs() throws IOException {
		ImageProcessor.ProcessedImage processed = this.processor.process(image("png", 4800, 2400));
		assertThat(processed.width()).isEqualTo(ImageProcessor.MAX_SIDE);
		assertThat(ImageProcessor.subsampling(4800, 2400, 4)).isEqualTo(1);
		assertThat(ImageProcessor.subsampling(9_000, 5_000, 8)).isGreaterThan(1);
		assertThat(ImageProcessor.subsampling(9_000, 5_000, 8)).isLessThanOrEqualTo(9_000 / ImageProcessor.MAX_SIDE);
	}

	@Test
	void aTruncatedJpegIsRefusedRatherThanStoredHalfGrey() throws IOException {
		BufferedImage noise = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		java.util.Random random = new java.util.Random(42);
		for (int y = 0; y < 300; y++) {
			for (int x = 0; x < 400; x++) {
				noise.setRGB(x, y, random.nextInt());
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(noise, "jpeg", bytes);
		byte[] truncated = Arrays.copyOf(bytes.toByteArray(), bytes.size() * 2 / 3);
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.process(truncated))
			.withMessageContaining("incomplète");
	}

	@Test
	void emptyAndOversizedUploadsAreRefused() {
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.process(new byte[0]));
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.process(new byte[ImageProcessor.MAX_BYTES + 1]))
			.withMessageContaining("trop volumineux")
			.withMessageContaining("5 Mo");
	}

	static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			image.setRGB(x, x % height, 0xB4471F);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, format, bytes);
		return bytes.toByteArray();
	}

	/**
	 * The signature and header chunk of a PNG, and no pixel data: what a reader sees
	 * before it allocates anything.
	 */
	static byte[] pngHeaderOnly(int width, int height, int bitDepth, int colourType) {
		java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13)
			.putInt(width)
			.putInt(height)
			.put((byte) bitDepth)
			.put((byte) colourType)
			.put((byte) 0)
			.put((byte) 0)
			.put((byte) 0);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
		crc.update(header.array());
		java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 4 + 13 + 4 + 12)
			.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })
			.putInt(13)
			.put("IHDR".getBytes(StandardCharsets.US_ASCII))
			.put(header.array())
			.putInt((int) crc.getValue())
			.putInt(0)
			.put("IEND".getBytes(StandardCharsets.US_ASCII))
			.putInt(0xAE426082);
		return png.array();
	}

	/**
	 * Inserts a JPEG comment segment, as cameras insert their metadata, after the start
	 * marker.
	 */
	static byte[] withComment(byte[] jpeg, String comment) {
		byte[] text = comment.getBytes(StandardCharsets.ISO_8859_1);
		int length = text.length + 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xFE);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(text, 0, text.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

}
