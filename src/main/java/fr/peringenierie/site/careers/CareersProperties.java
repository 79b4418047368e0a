package fr.peringenierie.site.careers;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How applications are taken and kept.
 *
 * @param retention how long an application not retained is kept after its last change
 * (the CNIL advises two years at most)
 * @param maxFileSize the largest CV or cover letter accepted
 * @param maxPages the most pages a CV or cover letter may have
 */
@ConfigurationProperties("per.careers")
public record CareersProperties(@DefaultValue("P2Y") Period retention, @DefaultValue("5MB") DataSize maxFileSize,
		@DefaultValue("20") int maxPages) {

	/**
	 * The retention as the form and the privacy page say it: « 2 ans », « 18 mois ».
	 */
	public String retentionInWords() {
		int months = (int) this.retention.toTotalMonths();
		if (months == 0) {
			return this.retention.getDays() + " jours";
		}
		if (months % 12 == 0) {
			int years = months / 12;
			return years + ((years > 1) ? " ans" : " an");
		}
		return months + " mois";
	}

}
