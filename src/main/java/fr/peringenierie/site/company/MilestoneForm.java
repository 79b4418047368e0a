package fr.peringenierie.site.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class MilestoneForm {

	@NotBlank(message = "Saisissez la période (une année, « Puis », « Aujourd’hui »…).")
	@Size(max = 40, message = "La période ne doit pas dépasser 40 caractères.")
	private String periodLabel;

	@NotBlank(message = "Saisissez un titre.")
	@Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
	private String title;

	@NotBlank(message = "Saisissez le texte de l’étape.")
	@Size(max = 20000, message = "Le texte ne doit pas dépasser 20 000 caractères.")
	private String body;

	private long version;

	public static MilestoneForm of(Milestone milestone) {
		MilestoneForm form = new MilestoneForm();
		form.periodLabel = milestone.getPeriodLabel();
		form.title = milestone.getTitle();
		form.body = milestone.getBody();
		form.version = milestone.getVersion();
		return form;
	}

	public String getPeriodLabel() {
		return this.periodLabel;
	}

	public void setPeriodLabel(String periodLabel) {
		this.periodLabel = periodLabel;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
