package fr.peringenierie.site.web;

import java.util.Set;

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

	@Test
	void anAddressMadeFromATitleIsUnique() {
		Set<String> taken = Set.of("maison-regionale-des-sports", "maison-regionale-des-sports-2");
		assertThat(Slugs.unique("Maison Régionale des Sports", 120, (slug) -> false))
			.isEqualTo("maison-regionale-des-sports");
		assertThat(Slugs.unique("Maison Régionale des Sports", 120, taken::contains))
			.isEqualTo("maison-regionale-des-sports-3");
		assertThat(Slugs.unique("Établissement thermal de Balaruc-les-Bains", 20, (slug) -> false))
			.isEqualTo("etablissement-th");
		assertThat(Slugs.unique("!!!", 120, (slug) -> false)).isEmpty();
	}

}
