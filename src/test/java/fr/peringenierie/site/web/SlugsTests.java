package fr.peringenierie.site.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void frenchTitlesBecomeAsciiIdentifiers() {
		assertThat(Slugs.slugify("Domaines d’intervention")).isEqualTo("domaines-d-intervention");
		assertThat(Slugs.slugify("L’acte de construire de A à Z")).isEqualTo("l-acte-de-construire-de-a-a-z");
		assertThat(Slugs.slugify("Maîtrise d’Œuvre d’Exécution")).isEqualTo("maitrise-d-oeuvre-d-execution");
		assertThat(Slugs.slugify("  Études & Missions !  ")).isEqualTo("etudes-missions");
	}

	@Test
	void nothingBecomesEmpty() {
		assertThat(Slugs.slugify(null)).isEmpty();
		assertThat(Slugs.slugify("’ — ’")).isEmpty();
	}

}
