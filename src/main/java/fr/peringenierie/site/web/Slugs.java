package fr.peringenierie.site.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns French titles into URL-safe identifiers: "Domaines d’intervention" becomes
 * "domaines-d-intervention".
 */
public final class Slugs {

	private Slugs() {
	}

	public static String slugify(String text) {
		if (text == null) {
			return "";
		}
		String ascii = Normalizer
			.normalize(text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
	}

	/**
	 * The address made from a title, unique: "maison-regionale-des-sports", or
	 * "maison-regionale-des-sports-2" when the first is taken, and so on.
	 * @param title what the address is made from
	 * @param maxLength the longest address the kind accepts
	 * @param taken whether an address is already used (by another item, the bin, a
	 * redirect)
	 * @return the address, or an empty string if the title holds no letter or digit
	 */
	public static String unique(String title, int maxLength, Predicate<String> taken) {
		String base = slugify(title);
		if (base.length() > maxLength - 4) {
			base = base.substring(0, maxLength - 4).replaceAll("-+$", "");
		}
		if (base.isEmpty()) {
			return base;
		}
		String candidate = base;
		for (int suffix = 2; taken.test(candidate); suffix++) {
			candidate = base + "-" + suffix;
		}
		return candidate;
	}

}
