package fr.peringenierie.site.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchTypographyTests {

	@Test
	void signsAreHeldToTheWordBeforeThem() {
		assertThat(FrenchTypography.apply("Un projet ? Écrivez-nous : c’est simple ; merci !"))
			.isEqualTo("Un projet\u202f? Écrivez-nous\u00a0: c’est simple\u202f; merci\u202f!");
		assertThat(FrenchTypography.apply("la phase « ACT » du projet"))
			.isEqualTo("la phase «\u00a0ACT\u00a0» du projet");
	}

	@Test
	void markupAddressesAndTimesAreLeftAlone() {
		assertThat(FrenchTypography.apply("<a href=\"https://example.org/?a=1\" title=\"x ?\">lien</a> : fin"))
			.isEqualTo("<a href=\"https://example.org/?a=1\" title=\"x ?\">lien</a>\u00a0: fin");
		assertThat(FrenchTypography.apply("le 04/12/2026 à 14:08")).isEqualTo("le 04/12/2026 à 14:08");
		assertThat(FrenchTypography.apply("déjà\u00a0: juste")).isEqualTo("déjà\u00a0: juste");
		assertThat(FrenchTypography.apply("rien")).isSameAs("rien");
	}

}
