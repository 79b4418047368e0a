package fr.peringenierie.site.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageProcessorTests {

	final ImageProcessor processor = new ImageProcessor();

	@Test
	void pngStaysPngAndIsReEncoded() throws IOException {
		byte[] png = image("png", 120, 80);
		ImageProcessor.ProcessedImage processed = this.processor.prepare(png).master();
		assertThat(processed.contentType()).isEqualTo("image/png");
		assertThat(processed.width()).isEqualTo(120);
		assertThat(processed.height()).isEqualTo(80);
		assertThat(ImageIO.read(new ByteArrayInputStream(processed.data()))).isNotNull();
	}

	@Test
	void jpegLosesItsMetadata() throws IOException {
		byte[] jpeg = withComment(image("jpeg", 64, 64), "GPS 43.61N 3.87E appareil secret");
		assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).contains("appareil secret");
		ImageProcessor.PreparedImage prepared = this.processor.prepare(jpeg);
		assertThat(prepared.master().contentType()).isEqualTo("image/jpeg");
		assertThat(new String(prepared.master().data(), StandardCharsets.ISO_8859_1)).doesNotContain("appareil secret");
	}

	@Test
	void aPhonePortraitIsTurnedUprightAndLosesItsPositionAndCamera() throws IOException {
		byte[] phone = fixture("phone-portrait.jpg");
		assertThat(new String(phone, StandardCharsets.ISO_8859_1)).contains("Exif", "Secret");
		ImageProcessor.PreparedImage prepared = this.processor.prepare(phone);
		ImageProcessor.ProcessedImage master = prepared.master();
		// Stored 4032 × 3024 with "turn a quarter clockwise": shown 3024 × 4032, scaled
		// to
		// 2560 on its long side.
		assertThat(master.height()).isEqualTo(ImageProcessor.MASTER_SIDE);
		assertThat(master.width()).isEqualTo(1920);
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(master.data()));
		// Red on the left of the sensor is at the top once upright; blue at the bottom.
		assertThat(redness(upright.getRGB(960, 200))).isPositive();
		assertThat(redness(upright.getRGB(960, 2360))).isNegative();
		for (byte[] served : served(prepared)) {
			String text = new String(served, StandardCharsets.ISO_8859_1);
			assertThat(text).doesNotContain("Exif", "Secret", "GPS");
		}
	}

	@Test
	void everyRenditionIsMadeInWebpAndInTheMastersFormat() throws IOException {
		ImageProcessor.PreparedImage prepared = this.processor.prepare(image("jpeg", 3000, 2000));
		assertThat(prepared.master().width()).isEqualTo(ImageProcessor.MASTER_SIDE);
		assertThat(prepared.renditions()).hasSize(6);
		for (ImageProcessor.Rendition rendition : prepared.renditions()) {
			String expected = (rendition.format() == ImageProcessor.RenditionFormat.WEBP) ? "image/webp" : "image/jpeg";
			assertThat(rendition.image().contentType()).isEqualTo(expected);
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(rendition.image().data()));
			assertThat(decoded.getWidth()).isEqualTo(rendition.width());
			assertThat(decoded.getHeight()).isEqualTo((int) Math.round(rendition.width() * 2 / 3.0));
		}
		assertThat(prepared.renditions().stream().map(ImageProcessor.Rendition::width).distinct()).containsExactly(480,
				960, 1600);
	}

	@Test
	void aSmallImageIsServedAtItsOwnWidthForEveryLargerWidthAsked() throws IOException {
		ImageProcessor.PreparedImage prepared = this.processor.prepare(image("png", 700, 350));
		assertThat(prepared.renditions().stream().map(ImageProcessor.Rendition::width).distinct()).containsExactly(480,
				700);
		assertThat(prepared.renditions())
			.allSatisfy((rendition) -> assertThat(rendition.image().width()).isEqualTo(rendition.width()));
	}

	@Test
	void aCmykPhotoWithItsProfileComesOutInTheRightColours() throws IOException {
		assertThat(meanColourDifference(fixture("cmyk-with-profile.jpg"))).isLessThan(6.0);
	}

	@Test
	void anAdobeRgbPhotoIsConvertedToSrgbNotMerelyRelabelled() throws IOException {
		assertThat(meanColourDifference(fixture("adobe-rgb.jpg"))).isLessThan(3.0);
	}

	@Test
	void aRotationTurnsTheMasterAndRemakesTheRenditions() throws IOException {
		ImageProcessor.ProcessedImage master = this.processor.prepare(image("jpeg", 1200, 800)).master();
		ImageProcessor.PreparedImage turned = this.processor.rotate(master, 1);
		assertThat(turned.master().width()).isEqualTo(800);
		assertThat(turned.master().height()).isEqualTo(1200);
		assertThat(turned.renditions()).extracting((rendition) -> rendition.image().height()).contains(720);
		assertThat(this.processor.rotate(master, -1).master().width()).isEqualTo(800);
		assertThat(this.processor.rotate(master, 2).master().width()).isEqualTo(1200);
	}

	@Test
	void aRenditionCanBeMadeLaterFromTheMaster() throws IOException {
		ImageProcessor.ProcessedImage master = this.processor.prepare(image("jpeg", 1600, 900)).master();
		ImageProcessor.ProcessedImage small = this.processor.render(master, 480, ImageProcessor.RenditionFormat.WEBP);
		assertThat(small.contentType()).isEqualTo("image/webp");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(small.data()));
		assertThat(decoded.getWidth()).isEqualTo(480);
		assertThat(decoded.getHeight()).isEqualTo(270);
	}

	@Test
	void anIphonePhotoIsRefusedWithHowToSendAJpeg() {
		byte[] heic = new byte[64];
		System.arraycopy("ftypheic".getBytes(StandardCharsets.US_ASCII), 0, heic, 4, 8);
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.prepare(heic))
			.withMessageContaining("HEIC")
			.withMessageContaining("Le plus compatible");
	}

	@Test
	void aTextFileNamedLikeAnImageIsRefused() {
		byte[] disguised = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.prepare(disguised))
			.withMessageContaining("n’est pas une image JPEG, PNG ou WebP");
	}

	@Test
	void aTruncatedImageIsRefused() throws IOException {
		byte[] png = image("png", 50, 50);
		byte[] truncated = Arrays.copyOf(png, 40);
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.prepare(truncated))
			.withMessageContaining("illisible ou endommagée");
	}

	@Test
	void anImageWithTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding() {
		// 16 000 × 16 000 pixels of 16-bit RGBA: 2 GB once decoded, a few bytes to send.
		byte[] png = pngHeaderOnly(16_000, 16_000, 16, 6);
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.prepare(png))
			.withMessageContaining("trop grande")
			.withMessageContaining("mégapixels");
	}

	@Test
	void aLargeDeepImageIsDecodedSmallerThanItIs() throws IOException {
		ImageProcessor.ProcessedImage processed = this.processor.prepare(image("png", 4800, 2400)).master();
		assertThat(processed.width()).isEqualTo(ImageProcessor.MASTER_SIDE);
		assertThat(ImageProcessor.subsampling(4800, 2400, 4)).isEqualTo(1);
		assertThat(ImageProcessor.subsampling(9_000, 6_000, 8)).isGreaterThan(1);
		assertThat(ImageProcessor.subsampling(9_000, 6_000, 8)).isLessThanOrEqualTo(9_000 / ImageProcessor.MASTER_SIDE);
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
			.isThrownBy(() -> this.processor.prepare(truncated))
			.withMessageContaining("incomplète");
	}

	@Test
	void emptyAndOversizedUploadsAreRefused() {
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.prepare(new byte[0]));
		assertThatExceptionOfType(ImageProcessor.InvalidImageException.class)
			.isThrownBy(() -> this.processor.prepare(new byte[ImageProcessor.MAX_BYTES + 1]))
			.withMessageContaining("trop volumineux")
			.withMessageContaining("25 Mo");
	}

	private static List<byte[]> served(ImageProcessor.PreparedImage prepared) {
		List<byte[]> served = new ArrayList<>();
		served.add(prepared.master().data());
		prepared.renditions().forEach((rendition) -> served.add(rendition.image().data()));
		return served;
	}

	private static int redness(int rgb) {
		return ((rgb >> 16) & 0xFF) - (rgb & 0xFF);
	}

	/**
	 * The mean CIE76 colour difference (ΔE*ab) between the six patches of a colour chart
	 * as the site stores it and the sRGB colours the chart was made from (see
	 * {@code src/test/resources/images/README.md}).
	 */
	private double meanColourDifference(byte[] chart) throws IOException {
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(this.processor.prepare(chart).master().data()));
		int[] reference = { 0xB4471F, 0x1D4E89, 0x7A9A5B, 0xD9C27E, 0x6B4F7A, 0x9AA5AD };
		double total = 0;
		for (int patch = 0; patch < reference.length; patch++) {
			int x = 40 + 80 * (patch % 3);
			int y = 40 + 80 * (patch / 3);
			total += ColourDifference.deltaE(stored.getRGB(x, y), reference[patch]);
		}
		return total / reference.length;
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream input = ImageProcessorTests.class.getResourceAsStream("/images/" + name)) {
			return input.readAllBytes();
		}
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
