package fr.peringenierie.site.web;

/**
 * The CIE76 colour difference (ΔE*ab) between two sRGB colours: about 1 is the smallest
 * difference an eye notices side by side, above 5 it is plain to see.
 */
public final class ColourDifference {

	private ColourDifference() {
	}

	public static double deltaE(int rgb, int otherRgb) {
		double[] lab = lab(rgb);
		double[] other = lab(otherRgb);
		return Math
			.sqrt(Math.pow(lab[0] - other[0], 2) + Math.pow(lab[1] - other[1], 2) + Math.pow(lab[2] - other[2], 2));
	}

	static double[] lab(int rgb) {
		double r = linear(((rgb >> 16) & 0xFF) / 255.0);
		double g = linear(((rgb >> 8) & 0xFF) / 255.0);
		double b = linear((rgb & 0xFF) / 255.0);
		// sRGB to XYZ (D65), then to L*a*b* relative to the D65 white.
		double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
		double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
		double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
		double fx = f(x);
		double fy = f(y);
		double fz = f(z);
		return new double[] { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
	}

	private static double linear(double channel) {
		return (channel <= 0.04045) ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
	}

	private static double f(double t) {
		return (t > 216.0 / 24389) ? Math.cbrt(t) : (841.0 / 108) * t + 4.0 / 29;
	}

}
