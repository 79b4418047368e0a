package fr.peringenierie.site.statistics;

import java.time.LocalDate;
import java.util.Map;

/**
 * One public page view or one address not found, as the filter saw it, held in memory
 * until the next write: the client's address and browser only serve to make the day's
 * salted visitor hash, then are forgotten.
 *
 * @param day the day, in Paris
 * @param path the page's path, without its query
 * @param found whether the page was served (else it answered 404)
 * @param client the client's address
 * @param userAgent the browser's user agent
 * @param referrerHost the referring site's host name, when another site
 * @param device the class of device
 * @param filters the gallery filters used
 */
record Hit(LocalDate day, String path, boolean found, String client, String userAgent, String referrerHost,
		Device device, Map<String, String> filters) {

	/** Classes of device, as the statistics show them. */
	enum Device {

		MOBILE("Téléphone"), TABLET("Tablette"), DESKTOP("Ordinateur"),

		/** Not a browser: never counted. */
		ROBOT("Robot");

		private final String label;

		Device(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

		static Device of(String userAgent) {
			if (userAgent.contains("iPad") || userAgent.contains("Tablet")
					|| (userAgent.contains("Android") && !userAgent.contains("Mobile"))) {
				return TABLET;
			}
			if (userAgent.contains("Mobi") || userAgent.contains("iPhone")) {
				return MOBILE;
			}
			return DESKTOP;
		}

	}

}
