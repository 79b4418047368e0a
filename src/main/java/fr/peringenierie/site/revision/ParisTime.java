package fr.peringenierie.site.revision;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments as staff read them in messages and the audit log: "25/11/2026 à 14:08", in the
 * firm's time zone.
 */
final class ParisTime {

	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
		.withZone(ZONE);

	private ParisTime() {
	}

	static String format(Instant instant) {
		return DAY_AND_TIME.format(instant);
	}

}
