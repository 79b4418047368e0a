import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the raster images the site serves beside its SVG: {@code favicon.ico} (16, 32 and
 * 48 pixels, the mark of favicon.svg) and {@code img/partage.png}, the 1200 × 630 picture
 * shown when a page without a photo of its own is shared. Run from the project's folder:
 * {@code java scripts/DrawSharingImages.java}.
 */
public class DrawSharingImages {

	static final Color INK = new Color(0x13293d);

	static final Color ACCENT = new Color(0xe07a4f);

	public static void main(String[] args) throws IOException {
		Path statics = Path.of("src/main/resources/static");
		List<byte[]> icons = new ArrayList<>();
		for (int size : new int[] { 16, 32, 48 }) {
			icons.add(png(mark(size)));
		}
		Files.write(statics.resolve("favicon.ico"), ico(icons, new int[] { 16, 32, 48 }));
		Files.write(statics.resolve("img/partage.png"), png(sharing()));
	}

	/** The mark of favicon.svg (a 64-unit square), at a size. */
	static BufferedImage mark(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.scale(size / 64.0, size / 64.0);
		drawMark(g);
		g.dispose();
		return image;
	}

	static void drawMark(Graphics2D g) {
		g.setColor(INK);
		g.fill(new RoundRectangle2D.Double(0, 0, 64, 64, 24, 24));
		Path2D p = new Path2D.Double();
		p.moveTo(14, 48);
		p.lineTo(14, 16);
		p.lineTo(28, 16);
		p.append(new Arc2D.Double(18, 16, 20, 20, 90, -180, Arc2D.OPEN), true);
		p.lineTo(14, 36);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(5, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
		g.draw(p);
		g.setColor(ACCENT);
		g.setStroke(new BasicStroke(5));
		g.drawLine(36, 48, 50, 48);
		g.drawLine(36, 40, 50, 40);
	}

	/** A blueprint card: the mark, the name, what and where. */
	static BufferedImage sharing() {
		BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(INK);
		g.fillRect(0, 0, 1200, 630);
		g.setColor(new Color(255, 255, 255, 22));
		g.setStroke(new BasicStroke(1));
		for (int x = 0; x <= 1200; x += 30) {
			g.drawLine(x, 0, x, 630);
		}
		for (int y = 0; y <= 630; y += 30) {
			g.drawLine(0, y, 1200, y);
		}
		g.setColor(new Color(255, 255, 255, 60));
		g.setStroke(new BasicStroke(2));
		g.drawRect(60, 60, 1080, 510);
		Graphics2D markArea = (Graphics2D) g.create(120, 150, 160, 160);
		markArea.scale(160 / 64.0, 160 / 64.0);
		drawMark(markArea);
		markArea.dispose();
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 84));
		g.drawString("PER INGÉNIERIE", 320, 250);
		g.setColor(new Color(0xdfe6ee));
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
		g.drawString("Bureau d’études techniques pluridisciplinaire", 120, 420);
		g.setColor(ACCENT);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
		g.drawString("Montpellier · Toulouse · depuis 1992", 120, 490);
		g.dispose();
		return image;
	}

	static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	/** An ICO file holding PNG images, as every browser since 2007 reads them. */
	static byte[] ico(List<byte[]> pngs, int[] sizes) {
		int header = 6 + 16 * pngs.size();
		int total = header + pngs.stream().mapToInt((png) -> png.length).sum();
		ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
		ico.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
		int offset = header;
		for (int i = 0; i < pngs.size(); i++) {
			ico.put((byte) sizes[i]).put((byte) sizes[i]).put((byte) 0).put((byte) 0);
			ico.putShort((short) 1).putShort((short) 32);
			ico.putInt(pngs.get(i).length).putInt(offset);
			offset += pngs.get(i).length;
		}
		pngs.forEach(ico::put);
		return ico.array();
	}

}
