package fr.peringenierie.site.team;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class TeamRoleForm {

	@NotBlank(message = "Saisissez le métier, par exemple « ingénieurs structure ».")
	@Size(max = 200, message = "Le métier ne doit pas dépasser 200 caractères.")
	private String label;

	@NotNull(message = "Saisissez un effectif.")
	@Min(value = 0, message = "L’effectif ne peut pas être négatif.")
	@Max(value = 9999, message = "L’effectif ne doit pas dépasser 9 999.")
	private Integer headcount;

	private long version;

	public static TeamRoleForm of(TeamRole role) {
		TeamRoleForm form = new TeamRoleForm();
		form.label = role.getLabel();
		form.headcount = role.getHeadcount();
		form.version = role.getVersion();
		return form;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Integer getHeadcount() {
		return this.headcount;
	}

	public void setHeadcount(Integer headcount) {
		this.headcount = headcount;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
