package fr.peringenierie.site.careers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.peringenierie.site.admin.StaffUser;
import fr.peringenierie.site.admin.StaffUserRepository;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.mail.MailOutbox;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.PublicAddress;
import fr.peringenierie.site.web.StaffRole;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: received (stored with their files, in one transaction, before the
 * candidate reads anything), notified to the staff who read them, followed, exported and
 * erased, on request or once kept as long as the firm said it would.
 */
@Service
@Transactional
public class Applications {

	static final String CV = "CV";

	static final String LETTER = "LETTER";

	private static final Logger logger = LoggerFactory.getLogger(Applications.class);

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
		.withZone(ZoneId.of("Europe/Paris"));

	private final JobApplicationRepository applications;

	private final StaffUserRepository staff;

	private final MailOutbox outbox;

	private final PublicAddress site;

	private final AuditLog auditLog;

	private final CareersProperties properties;

	private final Clock clock;

	Applications(JobApplicationRepository applications, StaffUserRepository staff, MailOutbox outbox,
			PublicAddress site, AuditLog auditLog, CareersProperties properties, Clock clock) {
		this.applications = applications;
		this.staff = staff;
		this.outbox = outbox;
		this.site = site;
		this.auditLog = auditLog;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores an application whose files were checked. The same form sent twice (a double
	 * click, a reload) is stored once.
	 * @param offer the offer answered, {@code null} for a spontaneous application
	 * @return the stored application
	 */
	public JobApplication receive(ApplicationForm form, JobOffer offer, CheckedFile cv, CheckedFile letter) {
		Optional<JobApplication> existing = this.applications.findBySubmissionKey(form.getSubmissionKey());
		if (existing.isPresent()) {
			return existing.get();
		}
		JobApplication application = new JobApplication(form.getSubmissionKey(), this.clock.instant(), offer, form,
				cv.name(), cv.pages(), (letter != null) ? letter.name() : null);
		boolean spam = form.getWebsite() != null && !form.getWebsite().isBlank();
		if (spam) {
			application.markAsSpam();
		}
		try {
			this.applications.saveAndFlush(application);
		}
		catch (DataIntegrityViolationException ex) {
			throw new AlreadyReceived();
		}
		this.applications.storeFile(application.getId(), CV, cv.bytes(), sha256(cv.bytes()));
		if (letter != null) {
			this.applications.storeFile(application.getId(), LETTER, letter.bytes(), sha256(letter.bytes()));
		}
		logger.info("Candidature n° {} enregistrée ({})", application.getId(), application.getStatus());
		if (!spam) {
			notifyStaff(application);
		}
		return application;
	}

	private void notifyStaff(JobApplication application) {
		List<StaffRole> readers = Arrays.stream(StaffRole.values()).filter(StaffRole::publishes).toList();
		for (StaffUser reader : this.staff.findByRoleInAndEnabledTrueAndEmailNotNull(readers)) {
			// No personal data in the e-mail: it is read on the site, by people signed
			// in.
			this.outbox.queue(reader.getEmail(), "Nouvelle candidature : " + application.getOfferTitle(), """
					Bonjour,

					Une candidature est arrivée le %s (%s).

					Lisez-la et téléchargez le CV dans le back-office :
					%s
					""".formatted(DAY_AND_TIME.format(application.getReceivedAt()), application.getOfferTitle(),
					this.site.absoluteUrl("/admin/recrutement/candidatures/" + application.getId())));
		}
	}

	@Transactional(readOnly = true)
	public List<JobApplication> forStaff(Long offerId) {
		return (offerId != null) ? this.applications.findForStaff(offerId) : this.applications.findForStaff();
	}

	@Transactional(readOnly = true)
	public long countNew() {
		return this.applications.countNew();
	}

	@Transactional(readOnly = true)
	public JobApplication application(long id) {
		return this.applications.findById(id)
			.orElseThrow(
					() -> new ResourceNotFoundException("Candidature introuvable : elle a peut-être été effacée."));
	}

	public void changeStatus(long id, ApplicationStatus status) {
		JobApplication application = application(id);
		if (application.getStatus() != status) {
			application.changeStatus(status, this.clock.instant());
			this.auditLog.record("Candidature", "n° " + id + " : " + status.getLabel());
		}
	}

	/**
	 * A file of an application, for a member of staff to download; the journal records
	 * who took it.
	 */
	public byte[] file(long id, String kind) {
		JobApplication application = application(id);
		byte[] data = this.applications.file(id, kind)
			.orElseThrow(() -> new ResourceNotFoundException("Pas de fichier pour cette candidature."));
		this.auditLog.record("Candidature",
				"n° " + application.getId() + " : " + (CV.equals(kind) ? "CV téléchargé" : "lettre téléchargée"));
		return data;
	}

	/**
	 * Everything the site holds about a candidate's application, as a ZIP: what they
	 * typed and its history as text, and their files (the right of access).
	 */
	public byte[] export(long id) {
		JobApplication application = application(id);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("candidature.txt"));
			zip.write(summary(application).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			this.applications.file(id, CV).ifPresent((data) -> add(zip, "cv.pdf", data));
			this.applications.file(id, LETTER).ifPresent((data) -> add(zip, "lettre.pdf", data));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.auditLog.record("Candidature", "n° " + id + " : données exportées");
		return bytes.toByteArray();
	}

	private static void add(ZipOutputStream zip, String name, byte[] data) {
		try {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(data);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String summary(JobApplication application) {
		return """
				Candidature n° %d
				Poste : %s
				Reçue le : %s
				Dernier changement : %s
				État : %s
				Nom : %s
				Adresse e-mail : %s
				Téléphone : %s
				Fichiers : CV « %s » (%d page(s))%s

				Message :
				%s

				Conservation : effacée %s après le dernier changement si elle n’est pas retenue.
				""".formatted(application.getId(), application.getOfferTitle(),
				DAY_AND_TIME.format(application.getReceivedAt()), DAY_AND_TIME.format(application.getLastChangeAt()),
				application.getStatus().getLabel(), application.getName(), application.getEmail(),
				(application.getPhone() != null) ? application.getPhone() : "—", application.getCvName(),
				application.getCvPages(),
				application.hasLetter() ? ", lettre « " + application.getLetterName() + " »" : "",
				(application.getMessage() != null) ? application.getMessage() : "—",
				this.properties.retentionInWords());
	}

	/**
	 * Erases an application and its files for good (the right to erasure); the journal
	 * keeps only its number.
	 */
	public void erase(long id) {
		JobApplication application = application(id);
		this.applications.delete(application);
		this.auditLog.record("Candidature effacée", "n° " + id);
	}

	/**
	 * Erases, every night on one instance, the applications not retained whose last
	 * change is older than the retention period.
	 */
	@Scheduled(cron = "${per.careers.purge-cron:0 50 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "careers.applications.purge", lockAtLeastFor = "PT1M")
	public void eraseExpiredEveryNight() {
		eraseExpired();
	}

	/**
	 * Erases the applications past their retention.
	 * @return how many were erased
	 */
	public int eraseExpired() {
		Instant before = this.clock.instant()
			.atZone(ZoneId.of("Europe/Paris"))
			.minus(this.properties.retention())
			.toInstant();
		List<Long> expired = this.applications.findExpired(before);
		this.applications.deleteAllById(expired);
		if (!expired.isEmpty()) {
			this.auditLog.record("Candidatures effacées",
					expired.size() + " candidature(s) de plus de " + this.properties.retentionInWords());
		}
		return expired.size();
	}

	private static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A file that passed {@link CvCheck}.
	 *
	 * @param name its name as the candidate's computer called it
	 * @param bytes its content
	 * @param pages how many pages it has
	 */
	public record CheckedFile(String name, byte[] bytes, int pages) {

	}

	/**
	 * The same form was stored by a concurrent submission.
	 */
	static class AlreadyReceived extends RuntimeException {

		AlreadyReceived() {
			super("Candidature déjà enregistrée");
		}

	}

}
