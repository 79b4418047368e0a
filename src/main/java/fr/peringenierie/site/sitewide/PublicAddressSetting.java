package fr.peringenierie.site.sitewide;

import java.net.URI;
import java.util.Optional;

import fr.peringenierie.site.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The public address as staff set it in « Mise en ligne », for {@link PublicAddress}; and
 * a warning at start-up while there is none.
 */
@Component
class PublicAddressSetting implements PublicAddress.Stored {

	static final String CODE = "site.public-url";

	private static final Logger logger = LoggerFactory.getLogger(PublicAddressSetting.class);

	private final SiteSettingRepository settings;

	PublicAddressSetting(SiteSettingRepository settings) {
		this.settings = settings;
	}

	@Override
	public Optional<URI> read() {
		return this.settings.findByCode(CODE)
			.map(SiteSetting::getValue)
			.filter((value) -> value != null && !value.isBlank())
			.map((value) -> URI.create(value.strip()));
	}

	@EventListener
	void warnWhileUnset(ApplicationReadyEvent ready) {
		PublicAddress address = ready.getApplicationContext().getBean(PublicAddress.class);
		if (!address.isSet()) {
			logger
				.warn("Adresse publique du site non réglée : les pages demandent à ne pas être indexées et le plan du "
						+ "site est retenu. Réglez-la dans l’administration (Coordonnées et paramètres, « Mise en ligne ») "
						+ "ou par la variable PER_SITE_BASE_URL.");
		}
	}

}
