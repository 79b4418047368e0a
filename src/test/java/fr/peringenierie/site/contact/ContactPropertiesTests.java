package fr.peringenierie.site.contact;

import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPropertiesTests {

	@Test
	void retentionDefaultsToThreeYears() {
		assertThat(new ContactProperties(null).retentionInWords()).isEqualTo("3 ans");
	}

	@Test
	void retentionIsWrittenInFrench() {
		assertThat(new ContactProperties(Period.ofYears(1)).retentionInWords()).isEqualTo("1 an");
		assertThat(new ContactProperties(Period.ofMonths(18)).retentionInWords()).isEqualTo("18 mois");
		assertThat(new ContactProperties(Period.ofDays(90)).retentionInWords()).isEqualTo("90 jours");
	}

}
