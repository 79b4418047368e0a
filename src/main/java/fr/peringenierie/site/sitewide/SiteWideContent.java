package fr.peringenierie.site.sitewide;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what every page may show: the company details and the texts of the pages.
 */
@Service
@Transactional(readOnly = true)
public class SiteWideContent {

	private final SiteSettingRepository settings;

	private final PageTextRepository texts;

	public SiteWideContent(SiteSettingRepository settings, PageTextRepository texts) {
		this.settings = settings;
		this.texts = texts;
	}

	/**
	 * The company details a public page may show: settings reserved to administrators
	 * (the internal notification address) are internal and never among them.
	 */
	private static final Set<String> PUBLISHER_EXCLUDED = Set.of("company.map-url", "company.hours");

	public SiteSettings settings() {
		return SiteSettings.of(settingList());
	}

	public List<SiteSetting> settingList() {
		return this.settings.findAllByOrderByPosition().stream().filter((setting) -> !setting.isAdminOnly()).toList();
	}

	/**
	 * What the legal notice says of the publisher: the company's identity and head
	 * office, not the agency's details, opening hours or map links (they are on the
	 * contact page).
	 */
	public List<SiteSetting> publisherDetails() {
		return settingList().stream()
			.filter((setting) -> !PUBLISHER_EXCLUDED.contains(setting.getCode())
					&& !setting.getCode().startsWith("agency."))
			.toList();
	}

	public PageTexts texts() {
		return PageTexts.of(this.texts.findAllByOrderByPosition());
	}

	/**
	 * A setting reserved to administrators, for the code that needs it (the notification
	 * address); never shown on a public page.
	 */
	public String internalSetting(String code) {
		return this.settings.findByCode(code).map(SiteSetting::getValue).orElse(null);
	}

}
