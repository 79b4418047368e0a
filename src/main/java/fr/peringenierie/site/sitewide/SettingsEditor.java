package fr.peringenierie.site.sitewide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to the company details; those reserved to administrators are neither
 * shown to nor changed by anyone else.
 */
@Service
@Transactional
public class SettingsEditor implements ContentPublisher {

	private final SiteSettingRepository settings;

	private final AuditLog auditLog;

	public SettingsEditor(SiteSettingRepository settings, AuditLog auditLog) {
		this.settings = settings;
		this.auditLog = auditLog;
	}

	/**
	 * The settings a user may see: those reserved to administrators are left out for
	 * others.
	 */
	@Transactional(readOnly = true)
	public List<SiteSetting> settings(boolean administrator) {
		return this.settings.findAllByOrderByPosition()
			.stream()
			.filter((setting) -> administrator || !setting.isAdminOnly())
			.toList();
	}

	/**
	 * A setting, which only administrators may open when it is reserved to them.
	 */
	@Transactional(readOnly = true)
	public SiteSetting setting(long id, boolean administrator) {
		SiteSetting setting = this.settings.findById(id)
			.orElseThrow(() -> new ResourceNotFoundException("Paramètre inconnu"));
		if (setting.isAdminOnly() && !administrator) {
			throw new AccessDeniedException("Paramètre réservé aux administrateurs");
		}
		return setting;
	}

	/**
	 * The settings edited together in one form, those reserved to administrators left out
	 * for others.
	 * @throws AccessDeniedException when the whole group is reserved to administrators
	 */
	@Transactional(readOnly = true)
	public List<SiteSetting> group(SettingGroup group, boolean administrator) {
		List<SiteSetting> all = this.settings.findAllByOrderByPosition()
			.stream()
			.filter((setting) -> setting.getGroup() == group)
			.toList();
		List<SiteSetting> visible = all.stream().filter((setting) -> administrator || !setting.isAdminOnly()).toList();
		if (visible.isEmpty() && !all.isEmpty()) {
			throw new AccessDeniedException("Paramètres réservés aux administrateurs");
		}
		return visible;
	}

	/**
	 * Why a value cannot be stored in a setting, in French, or {@code null} when it can.
	 */
	public String problem(SiteSetting setting, String value) {
		try {
			setting.getType().normalize(value);
			return null;
		}
		catch (SettingType.InvalidSettingException ex) {
			return ex.getMessage();
		}
	}

	public void updateSetting(long id, TextValueForm form, boolean administrator) {
		SiteSetting setting = setting(id, administrator);
		EditConflictException.check(setting, form.getVersion());
		setting.setValue(setting.getType().normalize(form.getValue()));
		this.auditLog.record("Modification", "Paramètre : « " + setting.getLabel() + " »");
	}

	/**
	 * Saves a whole form of settings, all or nothing: when one value is refused, none is
	 * stored and the reasons are returned by setting id.
	 * @throws EditConflictException when one of them was changed after the form was
	 * opened
	 */
	public Map<Long, String> updateGroup(SettingGroup group, SettingsForm form, boolean administrator) {
		Map<Long, String> problems = new LinkedHashMap<>();
		Map<SiteSetting, String> values = new LinkedHashMap<>();
		for (SiteSetting setting : group(group, administrator)) {
			String typed = form.valueOf(setting.getId());
			try {
				values.put(setting, setting.getType().normalize(typed));
			}
			catch (SettingType.InvalidSettingException ex) {
				problems.put(setting.getId(), ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		boolean changed = false;
		for (Map.Entry<SiteSetting, String> entry : values.entrySet()) {
			SiteSetting setting = entry.getKey();
			if (!Objects.equals(setting.getValue(), entry.getValue())) {
				EditConflictException.check(setting, form.versionOf(setting.getId()));
				setting.setValue(entry.getValue());
				changed = true;
			}
		}
		if (changed) {
			this.auditLog.record("Modification", "Paramètres : « " + group.getLabel() + " »");
		}
		return problems;
	}

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(SiteSetting.class);
	}

	/**
	 * Who may change a setting reserved to administrators was checked when its draft was
	 * saved or its history opened: the value is published as it was accepted then.
	 */
	@Override
	public void publish(long id, BaseEntity wanted) {
		try {
			updateSetting(id, TextValueForm.of(((SiteSetting) wanted).getValue(), wanted.getVersion()), true);
		}
		catch (SettingType.InvalidSettingException ex) {
			throw new Refused(ex.getMessage());
		}
	}

}
