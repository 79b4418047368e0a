package fr.peringenierie.site.sitewide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a group of settings, keyed by setting id, with the version each was read
 * at.
 */
public class SettingsForm {

	private Map<String, String> values = new LinkedHashMap<>();

	private Map<String, Long> versions = new LinkedHashMap<>();

	/**
	 * After a conflict, the versions that were shown as online: only « Remplacer » saves
	 * against them; « Enregistrer » still holds the versions the form was opened from.
	 */
	private Map<String, Long> onlineVersions = new LinkedHashMap<>();

	public static SettingsForm of(List<SiteSetting> settings) {
		SettingsForm form = new SettingsForm();
		for (SiteSetting setting : settings) {
			String key = String.valueOf(setting.getId());
			form.values.put(key, setting.getType().display(setting.getValue()));
			form.versions.put(key, setting.getVersion());
		}
		return form;
	}

	String valueOf(long id) {
		return this.values.get(String.valueOf(id));
	}

	long versionOf(long id) {
		Long version = this.versions.get(String.valueOf(id));
		return (version != null) ? version : -1;
	}

	/**
	 * « Remplacer les valeurs en ligne par les miennes »: the form is saved against the
	 * versions that were shown as online, and no later ones.
	 */
	void replaceShownVersions() {
		this.onlineVersions.forEach((id, version) -> {
			if (version != null) {
				this.versions.put(id, version);
			}
		});
	}

	public Map<String, Long> getOnlineVersions() {
		return this.onlineVersions;
	}

	public void setOnlineVersions(Map<String, Long> onlineVersions) {
		this.onlineVersions = onlineVersions;
	}

	public Map<String, String> getValues() {
		return this.values;
	}

	public void setValues(Map<String, String> values) {
		this.values = values;
	}

	public Map<String, Long> getVersions() {
		return this.versions;
	}

	public void setVersions(Map<String, Long> versions) {
		this.versions = versions;
	}

}
