package fr.peringenierie.site.news;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a post is about; visitors see it on the post and may list the posts of one.
 */
public enum NewsCategory {

	DELIVERED("Projets livrés", "projets-livres"),

	COMPETITION("Concours", "concours"),

	COMPANY("Vie de l’entreprise", "vie-de-l-entreprise");

	private final String label;

	private final String slug;

	NewsCategory(String label, String slug) {
		this.label = label;
		this.slug = slug;
	}

	/**
	 * The category as visitors and staff read it; also how a post's history shows it.
	 */
	@JsonValue
	public String getLabel() {
		return this.label;
	}

	/**
	 * The category in the address of its list: {@code /actualites?categorie=concours}.
	 */
	public String getSlug() {
		return this.slug;
	}

	public static java.util.Optional<NewsCategory> bySlug(String slug) {
		for (NewsCategory category : values()) {
			if (category.slug.equals(slug)) {
				return java.util.Optional.of(category);
			}
		}
		return java.util.Optional.empty();
	}

}
