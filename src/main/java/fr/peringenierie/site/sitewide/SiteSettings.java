package fr.peringenierie.site.sitewide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of the company details, looked up by code.
 */
public final class SiteSettings {

	public static final String COMPANY_NAME = "company.name";

	public static final String FOUNDED_YEAR = "company.founded-year";

	public static final String PHONE = "company.phone";

	private final Map<String, String> values;

	private final Map<String, String> displayValues;

	private SiteSettings(Map<String, String> values, Map<String, String> displayValues) {
		this.values = values;
		this.displayValues = displayValues;
	}

	public static SiteSettings of(List<SiteSetting> settings) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> displayValues = new LinkedHashMap<>();
		for (SiteSetting setting : settings) {
			String value = setting.getValue();
			values.put(setting.getCode(), (value != null && !value.isBlank()) ? value.strip() : null);
			displayValues.put(setting.getCode(), setting.getDisplayValue());
		}
		return new SiteSettings(values, displayValues);
	}

	/**
	 * The value of a setting, or {@code null} when it is still to be completed.
	 */
	public String get(String code) {
		return this.values.get(code);
	}

	/**
	 * The value as a reader expects it (a phone number spaced out), or {@code null}.
	 */
	public String display(String code) {
		return this.displayValues.get(code);
	}

	/**
	 * The {@code tel:} link of a phone setting, or {@code null} when no number is given.
	 */
	public String telLink(String code) {
		String number = get(code);
		return (number != null) ? "tel:" + number.replaceAll("[^+\\d]", "") : null;
	}

	public boolean isMissing(String code) {
		return this.values.get(code) == null;
	}

	/**
	 * Where prospects can reach the firm, the head office first, each with only what
	 * staff filled in; an office with neither address, phone, e-mail nor map is left out.
	 */
	public List<Office> getOffices() {
		List<Office> offices = new ArrayList<>();
		String city = get("company.head-office-city");
		addIfGiven(offices, (city != null) ? "Siège, " + city : "Siège", "company");
		String agency = get("company.agency");
		addIfGiven(offices, (agency != null) ? agency : "Agence de Toulouse", "agency");
		return offices;
	}

	private void addIfGiven(List<Office> offices, String name, String prefix) {
		Office office = new Office(name, get(prefix + ".address"), display(prefix + ".phone"),
				telLink(prefix + ".phone"), get(prefix + ".email"), get(prefix + ".map-url"));
		if (office.address() != null || office.phone() != null || office.email() != null || office.mapUrl() != null) {
			offices.add(office);
		}
	}

	public String getCompanyName() {
		String name = get(COMPANY_NAME);
		return (name != null) ? name : "PER INGÉNIERIE";
	}

	/**
	 * An office as a visitor reads it: a phone number spaced out, with its {@code tel:}
	 * link.
	 */
	public record Office(String name, String address, String phone, String telLink, String email, String mapUrl) {

	}

}
