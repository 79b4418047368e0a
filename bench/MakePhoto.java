import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A JPEG as a phone writes one, for bench/photos.sh: {@code java bench/MakePhoto.java
 * out.jpg 8000 6000 0.6} (noise in stripes, so that it weighs what a real photo does).
 */
public class MakePhoto {

	public static void main(String[] args) throws Exception {
		int width = Integer.parseInt(args[1]);
		int height = Integer.parseInt(args[2]);
		float quality = Float.parseFloat(args[3]);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(width * 31L + height);
		for (int y = 0; y < height; y++) {
			boolean noisy = (y / 100) % 2 == 0;
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, noisy ? random.nextInt() : 0x6A8CAF + (x / 40));
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(new File(args[0]))) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		writer.dispose();
	}

}
