package fr.peringenierie.site.sitewide;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.AdminOnly;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;

/**
 * A company detail shown on the site (name, address, legal details...). An empty value
 * means the company has not given it yet: public pages leave it out.
 */
@Entity
@TrackedContent(segment = "parametre", label = "le paramètre", title = "label", editUrl = "/admin/parametres/{id}")
@Table(name = "site_setting")
public class SiteSetting extends BaseEntity implements PublicContent, AdminOnly {

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String label;

	@Column(name = "setting_value")
	@Tracked("Valeur")
	private String value;

	@Column(nullable = false)
	private int position;

	@Column(name = "admin_only", nullable = false)
	private boolean adminOnly;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_type", nullable = false)
	private SettingType type = SettingType.TEXT;

	@Enumerated(EnumType.STRING)
	@Column(name = "setting_group", nullable = false)
	private SettingGroup group = SettingGroup.COMPANY;

	protected SiteSetting() {
	}

	public SiteSetting(String code, String label, String value, int position, boolean adminOnly) {
		this.code = code;
		this.label = label;
		this.value = value;
		this.position = position;
		this.adminOnly = adminOnly;
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	/**
	 * Whether the company has given this detail yet.
	 */
	public boolean isFilled() {
		return this.value != null && !this.value.isBlank();
	}

	public int getPosition() {
		return this.position;
	}

	public SettingType getType() {
		return this.type;
	}

	public SettingGroup getGroup() {
		return this.group;
	}

	/**
	 * The value as a reader expects it (a phone number spaced out), {@code null} when not
	 * given.
	 */
	public String getDisplayValue() {
		return isFilled() ? this.type.display(this.value) : null;
	}

	/**
	 * Whether the stored value is still one its type accepts: values saved before types
	 * were checked may not be.
	 */
	public boolean isWellFormed() {
		try {
			this.type.normalize(this.value);
			return true;
		}
		catch (SettingType.InvalidSettingException ex) {
			return false;
		}
	}

	@Override
	public boolean isAdminOnly() {
		return this.adminOnly;
	}

	/**
	 * Settings reserved to administrators are internal (the notification address): never
	 * on a public page.
	 */
	@Override
	public boolean isVisibleToVisitors() {
		return !this.adminOnly;
	}

}
