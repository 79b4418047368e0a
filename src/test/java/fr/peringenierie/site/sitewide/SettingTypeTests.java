package fr.peringenierie.site.sitewide;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each kind of setting accepts what it should, stores it once and refuses the rest in
 * French.
 */
class SettingTypeTests {

	@Test
	void phoneIsStoredInternationallyAndShownTheFrenchWay() {
		assertThat(SettingType.PHONE.normalize("04 67 12 34 56")).isEqualTo("+33467123456");
		assertThat(SettingType.PHONE.normalize("+33 (0)4.67.12.34.56")).isEqualTo("+33467123456");
		assertThat(SettingType.PHONE.display("+33467123456")).isEqualTo("04 67 12 34 56");
		assertRefused(SettingType.PHONE, "appelez-nous !", "numéro de téléphone à 10 chiffres");
		assertRefused(SettingType.PHONE, "04 67 12", "numéro de téléphone à 10 chiffres");
	}

	@Test
	void emailUrlAndYearAreChecked() {
		assertThat(SettingType.EMAIL.normalize(" Contact@PER-Ingenierie.fr ")).isEqualTo("contact@per-ingenierie.fr");
		assertRefused(SettingType.EMAIL, "pas-un-email", "adresse e-mail complète");
		assertRefused(SettingType.EMAIL, "nimportequoi", "adresse e-mail complète");
		assertThat(SettingType.URL.normalize("https://www.per-ingenierie.fr/"))
			.isEqualTo("https://www.per-ingenierie.fr/");
		assertRefused(SettingType.URL, "javascript:alert(1)", "adresse web complète");
		assertThat(SettingType.YEAR.normalize("1992")).isEqualTo("1992");
		assertRefused(SettingType.YEAR, "mille neuf cent", "année sur quatre chiffres");
		assertRefused(SettingType.YEAR, "3024", "année sur quatre chiffres");
	}

	@Test
	void legalIdentifiersCarryValidCheckDigits() {
		assertThat(SettingType.REGISTRATION.normalize("RCS Montpellier  732 829 320"))
			.isEqualTo("RCS Montpellier 732 829 320");
		assertThat(SettingType.REGISTRATION.normalize("SIRET 542 051 180 00066")).isEqualTo("SIRET 542 051 180 00066");
		assertRefused(SettingType.REGISTRATION, "RCS Montpellier 123 456 789", "SIREN (9 chiffres)");
		assertRefused(SettingType.REGISTRATION, "en cours", "SIREN (9 chiffres)");
		assertThat(SettingType.VAT_NUMBER.normalize("fr 44 732 829 320")).isEqualTo("FR44732829320");
		assertRefused(SettingType.VAT_NUMBER, "FR 45 732 829 320", "TVA intracommunautaire");
	}

	@Test
	void postalAddressNeedsPostalCodeAndTown() {
		assertThat(SettingType.POSTAL_ADDRESS.normalize("12 rue de la Loge\r\n34000 Montpellier "))
			.isEqualTo("12 rue de la Loge\n34000 Montpellier");
		assertRefused(SettingType.POSTAL_ADDRESS, "Montpellier", "code postal à cinq chiffres");
	}

	@Test
	void emptyMeansNotGivenForEveryType() {
		for (SettingType type : SettingType.values()) {
			assertThat(type.normalize("  ")).isNull();
			assertThat(type.normalize(null)).isNull();
		}
	}

	private static void assertRefused(SettingType type, String value, String explanation) {
		assertThatExceptionOfType(SettingType.InvalidSettingException.class).isThrownBy(() -> type.normalize(value))
			.withMessageContaining(explanation);
	}

}
