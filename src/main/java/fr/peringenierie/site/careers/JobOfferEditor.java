package fr.peringenierie.site.careers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.peringenierie.site.admin.OrderedContent;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentCatalog;
import fr.peringenierie.site.redirect.PageAddresses;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.RichTextSanitizer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Staff changes to the job offers, through drafts and « Publier » like every content.
 */
@Service
@Transactional
public class JobOfferEditor implements OrderedContent, ContentPublisher {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Logger logger = LoggerFactory.getLogger(JobOfferEditor.class);

	private final JobOfferRepository offers;

	private final PageAddresses addresses;

	private final PageAddresses.Kind kind;

	private final RichTextSanitizer sanitizer;

	private final AuditLog auditLog;

	private final Clock clock;

	private final DepartmentCatalog departments;

	JobOfferEditor(JobOfferRepository offers, PageAddresses addresses, RichTextSanitizer sanitizer, AuditLog auditLog,
			Clock clock, DepartmentCatalog departments) {
		this.offers = offers;
		this.addresses = addresses;
		this.sanitizer = sanitizer;
		this.auditLog = auditLog;
		this.clock = clock;
		this.departments = departments;
		this.kind = new PageAddresses.Kind(JobOffer.LIST_PATH + "/", "d’une autre offre",
				(slug) -> offers.findBySlug(slug).map(JobOffer::getId), offers::inBinWithSlug,
				(id) -> offer(id).getSlug());
	}

	@Transactional(readOnly = true)
	public List<JobOffer> all() {
		return this.offers.findAllForStaff();
	}

	@Transactional(readOnly = true)
	public JobOffer offer(long id) {
		return this.offers.findById(id).orElseThrow(() -> new ResourceNotFoundException("Offre inconnue"));
	}

	@Transactional(readOnly = true)
	public List<Department> departmentChoices() {
		return this.departments.findAll();
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(PARIS));
	}

	/**
	 * The rules that span several fields: the address, the dates, the department.
	 */
	@Transactional(readOnly = true)
	public void validate(JobOfferForm form, Long id, Errors errors) {
		String slug = this.addresses.check(this.kind, form.getSlug(), form.getTitle(), id, errors);
		if (slug != null) {
			form.setSlug(slug);
		}
		if (form.getDepartmentId() != null && this.departments.findAll()
			.stream()
			.noneMatch((department) -> department.getId().equals(form.getDepartmentId()))) {
			errors.rejectValue("departmentId", "unknown", "Ce département n’existe plus : choisissez-en un autre.");
		}
		if (form.getClosesOn() != null && form.isPublished() && form.getClosesOn().isBefore(today())
				&& !errors.hasFieldErrors("closesOn")) {
			errors.rejectValue("closesOn", "past",
					"La date limite est passée : une offre en ligne doit prendre des candidatures aujourd’hui.");
		}
		if (form.getStartsOn() != null && form.isPublished() && form.getStartsOn().isBefore(today())) {
			errors.rejectValue("startsOn", "past",
					"La prise de poste est déjà passée : laissez vide pour « dès que possible ».");
		}
	}

	public JobOffer create(JobOfferForm form) {
		JobOffer offer = new JobOffer(form.getSlug(), form.getTitle().strip(), form.getPlace(), form.getContract(),
				form.getClosesOn(), "");
		apply(form, offer);
		offer.setPublished(false);
		this.offers.save(offer);
		this.auditLog.record("Création", subject(offer));
		return offer;
	}

	public void update(long id, JobOfferForm form) {
		JobOffer offer = offer(id);
		EditConflictException.check(offer, form.getVersion());
		String oldAddress = offer.getAddress();
		boolean wasOnline = offer.hasBeenOnline();
		apply(form, offer);
		if (offer.isPublished()) {
			offer.wentOnline(this.clock.instant());
		}
		// A closing date moved later opens the offer again.
		offer.setExpiryNoticed(offer.getClosesOn().isBefore(today()));
		if (wasOnline) {
			this.addresses.moved(oldAddress, offer.getAddress());
		}
		this.auditLog.record("Modification", subject(offer));
	}

	private void apply(JobOfferForm form, JobOffer offer) {
		offer.setSlug(form.getSlug().strip());
		offer.setTitle(form.getTitle().strip());
		offer.setPlace(form.getPlace());
		offer.setContract(form.getContract());
		offer.setDepartmentId(form.getDepartmentId());
		offer.setStartsOn(form.getStartsOn());
		offer.setClosesOn(form.getClosesOn());
		offer.setDescription(this.sanitizer.sanitize(form.getDescription()));
		offer.setPublished(form.isPublished());
	}

	/**
	 * Marks the offers whose closing date has passed: the change makes every instance
	 * forget the pages that listed them (the lists already leave them out when they are
	 * rendered again).
	 */
	@Scheduled(cron = "${per.careers.expiry-cron:0 */5 * * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "careers.offers.expiry", lockAtMostFor = "PT1M")
	public void noticeClosedOffersOnSchedule() {
		noticeClosedOffers();
	}

	/**
	 * Marks the offers whose closing date has passed.
	 * @return how many were marked
	 */
	public int noticeClosedOffers() {
		List<JobOffer> closed = this.offers.findClosedUnnoticed(today());
		for (JobOffer offer : closed) {
			offer.setExpiryNoticed(true);
			logger.info("Offre « {} » close depuis le {}", offer.getTitle(), offer.getClosesOn());
		}
		return closed.size();
	}

	private static String subject(JobOffer offer) {
		return "Offre d’emploi « " + offer.getTitle() + " »";
	}

	@Override
	public String pathSegment() {
		return "offres";
	}

	@Override
	public Class<JobOffer> type() {
		return JobOffer.class;
	}

	@Override
	public String listUrl(long id) {
		return "/admin/recrutement";
	}

	/**
	 * Offers follow one another by closing date: there is no order to choose.
	 */
	@Override
	public void move(long id, int offset) {
	}

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(JobOffer.class);
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		ContentPublisher.publishChecked(JobOfferForm.of((JobOffer) wanted),
				(form, errors) -> validate(form, id, errors), (form) -> update(id, form));
	}

}
