package fr.peringenierie.site.careers;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.PageContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.Filter;

/**
 * A job offer of « Recrutement ». Open from its publication to the end of its closing
 * date; then it leaves the list, the sitemap and its markup, and its page says it is
 * closed.
 */
@Entity
@TrackedContent(segment = "offre", label = "l’offre d’emploi", title = "title",
		editUrl = "/admin/recrutement/offres/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "job_offer")
public class JobOffer extends PageContent {

	public static final String LIST_PATH = "/recrutement";

	@Column(nullable = false)
	@Tracked("Intitulé")
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@Tracked("Lieu")
	private JobPlace place;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@Tracked("Contrat")
	private ContractType contract;

	/** The department the person joins, if one. */
	@Tracked("Département")
	private Long departmentId;

	/** When the job starts; {@code null}: as soon as possible. */
	@Tracked("Prise de poste")
	private LocalDate startsOn;

	/** The last day applications are taken. */
	@Column(nullable = false)
	@Tracked("Date limite de candidature")
	private LocalDate closesOn;

	/** The job, the profile, what the firm offers: sanitized HTML. */
	@Column(nullable = false)
	@Tracked("Description")
	private String description;

	/**
	 * Set by {@link JobOfferEditor#noticeClosedOffers} once the closing date has passed:
	 * that change makes every instance forget the pages that still listed the offer.
	 */
	private boolean expiryNoticed;

	protected JobOffer() {
	}

	JobOffer(String slug, String title, JobPlace place, ContractType contract, LocalDate closesOn, String description) {
		super(slug);
		this.title = title;
		this.place = place;
		this.contract = contract;
		this.closesOn = closesOn;
		this.description = description;
	}

	public static String address(String slug) {
		return LIST_PATH + "/" + slug;
	}

	@Override
	protected String listPath() {
		return LIST_PATH;
	}

	/**
	 * Whether it takes applications on this day (in France).
	 */
	public boolean isOpenOn(LocalDate today) {
		return isVisibleToVisitors() && !this.closesOn.isBefore(today);
	}

	public String getTitle() {
		return this.title;
	}

	void setTitle(String title) {
		this.title = title;
	}

	public JobPlace getPlace() {
		return this.place;
	}

	void setPlace(JobPlace place) {
		this.place = place;
	}

	public ContractType getContract() {
		return this.contract;
	}

	void setContract(ContractType contract) {
		this.contract = contract;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public String getDescription() {
		return this.description;
	}

	void setDescription(String description) {
		this.description = description;
	}

	boolean isExpiryNoticed() {
		return this.expiryNoticed;
	}

	void setExpiryNoticed(boolean expiryNoticed) {
		this.expiryNoticed = expiryNoticed;
	}

	@Override
	public String displayName() {
		return this.title;
	}

}
