package fr.peringenierie.site.careers;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An offer's edit page.
 */
public class JobOfferForm {

	@NotBlank(message = "Saisissez l’intitulé du poste.")
	@Size(max = 200, message = "L’intitulé ne doit pas dépasser 200 caractères.")
	private String title;

	@Size(max = 120, message = "L’adresse ne doit pas dépasser 120 caractères.")
	@Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?",
			message = "L’adresse ne peut contenir que des minuscules sans accent, des chiffres et des tirets.")
	private String slug;

	@NotNull(message = "Choisissez le lieu de travail.")
	private JobPlace place;

	@NotNull(message = "Choisissez le type de contrat.")
	private ContractType contract;

	private Long departmentId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@NotNull(message = "Saisissez la date limite de candidature.")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closesOn;

	@NotBlank(message = "Décrivez le poste : missions, profil recherché, ce que nous offrons.")
	@Size(max = 50000, message = "La description ne doit pas dépasser 50 000 caractères.")
	private String description;

	private boolean published;

	private long version;

	static JobOfferForm of(JobOffer offer) {
		JobOfferForm form = new JobOfferForm();
		form.title = offer.getTitle();
		form.slug = offer.getSlug();
		form.place = offer.getPlace();
		form.contract = offer.getContract();
		form.departmentId = offer.getDepartmentId();
		form.startsOn = offer.getStartsOn();
		form.closesOn = offer.getClosesOn();
		form.description = offer.getDescription();
		form.published = offer.isPublished();
		form.version = offer.getVersion();
		return form;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public JobPlace getPlace() {
		return this.place;
	}

	public void setPlace(JobPlace place) {
		this.place = place;
	}

	public ContractType getContract() {
		return this.contract;
	}

	public void setContract(ContractType contract) {
		this.contract = contract;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
