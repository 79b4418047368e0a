package fr.peringenierie.site.contact;

import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPropertiesTests {

	@Test
	void retentionDefaultsToThreeYears() {
		assertThat(retention(null).retentionInWords()).isEqualTo("3 ans");
	}

	static ContactProperties retention(Period retention) {
		return new ContactProperties(retention, null, null, null, null, null);
	}

	@Test
	void retentionIsWrittenInFrench() {
		assertThat(retention(Period.ofYears(1)).retentionInWords()).isEqualTo("1 an");
		assertThat(retention(Period.ofMonths(18)).retentionInWords()).isEqualTo("18 mois");
		assertThat(retention(Period.ofDays(90)).retentionInWords()).isEqualTo("90 jours");
	}

}
