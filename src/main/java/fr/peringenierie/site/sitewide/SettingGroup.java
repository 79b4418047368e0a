package fr.peringenierie.site.sitewide;

import java.util.Arrays;
import java.util.Optional;

/**
 * The forms the settings are edited in, each grouping details that belong together.
 */
public enum SettingGroup {

	LAUNCH("mise-en-ligne", "Mise en ligne",
			"L’adresse publique du site, d’où sont faits les liens canoniques, le plan du site, les partages et les liens des "
					+ "e-mails. Tant qu’elle manque, le site demande aux moteurs de recherche de ne pas l’indexer."),

	COMPANY("societe", "Présentation de la société", "Nom, activité, année de création, ville d’origine et agence."),

	CONTACT("coordonnees", "Coordonnées", "Adresse, téléphone et e-mail montrés aux visiteurs."),

	LEGAL("identite-legale", "Identité légale et hébergement",
			"Ce que les mentions légales doivent indiquer ; un détail laissé vide n’y apparaît pas."),

	NOTIFICATIONS("notifications", "Notifications",
			"Où sont envoyées les demandes de contact. Jamais montré au public.");

	private final String slug;

	private final String label;

	private final String description;

	SettingGroup(String slug, String label, String description) {
		this.slug = slug;
		this.label = label;
		this.description = description;
	}

	public static Optional<SettingGroup> ofSlug(String slug) {
		return Arrays.stream(values()).filter((group) -> group.slug.equals(slug)).findFirst();
	}

	public String getSlug() {
		return this.slug;
	}

	public String getLabel() {
		return this.label;
	}

	public String getDescription() {
		return this.description;
	}

}
