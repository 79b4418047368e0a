package fr.peringenierie.site.sitewide;

import java.util.List;

import fr.peringenierie.site.audit.AuditLog;
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
public class SettingsEditor {

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

	public void updateSetting(long id, TextValueForm form, boolean administrator) {
		SiteSetting setting = setting(id, administrator);
		EditConflictException.check(setting, form.getVersion());
		String value = (form.getValue() == null) ? "" : form.getValue().strip();
		setting.setValue(value.isEmpty() ? null : value);
		this.auditLog.record("Modification", "Paramètre : « " + setting.getLabel() + " »");
	}

}
