package fr.peringenierie.site.sitewide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of the company details, looked up by code.
 */
public final class SiteSettings {

	public static final String COMPANY_NAME = "company.name";

	public static final String FOUNDED_YEAR = "company.founded-year";

	private final Map<String, String> values;

	private SiteSettings(Map<String, String> values) {
		this.values = values;
	}

	public static SiteSettings of(List<SiteSetting> settings) {
		Map<String, String> values = new LinkedHashMap<>();
		for (SiteSetting setting : settings) {
			String value = setting.getValue();
			values.put(setting.getCode(), (value != null && !value.isBlank()) ? value.strip() : null);
		}
		return new SiteSettings(values);
	}

	/**
	 * The value of a setting, or {@code null} when it is still to be completed.
	 */
	public String get(String code) {
		return this.values.get(code);
	}

	public boolean isMissing(String code) {
		return this.values.get(code) == null;
	}

	public String getCompanyName() {
		String name = get(COMPANY_NAME);
		return (name != null) ? name : "PER INGÉNIERIE";
	}

}
