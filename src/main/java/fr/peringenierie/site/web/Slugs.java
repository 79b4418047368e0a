package fr.peringenierie.site.web;

import java.text.Normalizer;
import java.util.Locale;

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

}
