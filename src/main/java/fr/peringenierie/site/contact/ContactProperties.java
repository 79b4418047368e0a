package fr.peringenierie.site.contact;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How contact requests are kept.
 *
 * @param retention how long a request is kept after the last exchange with the prospect;
 * the CNIL recommends three years for prospects, and the privacy page states this same
 * period
 */
@ConfigurationProperties("per.contact")
public record ContactProperties(Period retention) {

	public ContactProperties {
		if (retention == null) {
			retention = Period.ofYears(3);
		}
	}

	/**
	 * The retention period as French words, for the privacy notices.
	 */
	public String retentionInWords() {
		Period period = this.retention.normalized();
		if (period.getMonths() == 0 && period.getDays() == 0) {
			return (period.getYears() == 1) ? "1 an" : period.getYears() + " ans";
		}
		if (period.getDays() == 0) {
			return period.toTotalMonths() + " mois";
		}
		return this.retention.getDays() + " jours";
	}

}
