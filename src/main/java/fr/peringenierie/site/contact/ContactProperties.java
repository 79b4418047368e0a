package fr.peringenierie.site.contact;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How contact requests are received, notified and kept.
 *
 * @param retention how long a request is kept after the last exchange with the prospect;
 * the CNIL recommends three years for prospects, and the privacy page states this same
 * period
 * @param rateLimit requests one client may send within {@code rateWindow}
 * @param rateWindow the window of the rate limit
 * @param mailFrom the sender address of notification e-mails
 * @param outboxInterval how often pending notifications are retried
 * @param maxAttempts attempts after which a notification is marked as failed
 */
@ConfigurationProperties("per.contact")
public record ContactProperties(Period retention, Integer rateLimit, Duration rateWindow, String mailFrom,
		Duration outboxInterval, Integer maxAttempts) {

	public ContactProperties {
		retention = (retention != null) ? retention : Period.ofYears(3);
		rateLimit = (rateLimit != null) ? rateLimit : 5;
		rateWindow = (rateWindow != null) ? rateWindow : Duration.ofMinutes(10);
		mailFrom = (mailFrom != null && !mailFrom.isBlank()) ? mailFrom : "site@per-ingenierie.fr";
		outboxInterval = (outboxInterval != null) ? outboxInterval : Duration.ofSeconds(30);
		maxAttempts = (maxAttempts != null) ? maxAttempts : 8;
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
