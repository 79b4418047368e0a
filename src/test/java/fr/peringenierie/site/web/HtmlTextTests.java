package fr.peringenierie.site.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTests {

	@Test
	void tagsAreRemovedEntitiesDecodedAndWhitespaceFolded() {
		assertThat(HtmlText.excerpt("<p>Béton &amp; acier</p>\n<p>  sur   mesure</p>", 100))
			.isEqualTo("Béton & acier sur mesure");
	}

	@Test
	void longTextIsCutAtAWordWithAnEllipsis() {
		String excerpt = HtmlText.excerpt("<p>Les études de structure constituent le métier originel.</p>", 30);
		assertThat(excerpt).isEqualTo("Les études de structure…").hasSizeLessThanOrEqualTo(30);
	}

	@Test
	void nullIsEmpty() {
		assertThat(HtmlText.excerpt(null, 10)).isEmpty();
	}

}
