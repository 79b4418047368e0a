package fr.peringenierie.site.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.peringenierie.site.admin.OrderedContent;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.redirect.Redirects;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Staff changes to the project gallery, images included.
 */
@Service
@Transactional
public class ProjectEditor implements OrderedContent {

	private final ProjectRepository projects;

	private final ProjectImageRepository images;

	private final ImageProcessor imageProcessor;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Redirects redirects;

	public ProjectEditor(ProjectRepository projects, ProjectImageRepository images, ImageProcessor imageProcessor,
			AuditLog auditLog, Clock clock, Redirects redirects) {
		this.redirects = redirects;
		this.projects = projects;
		this.images = images;
		this.imageProcessor = imageProcessor;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Project> all() {
		return this.projects.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)

	public Project project(long id) {
		return this.projects.findById(id).orElseThrow(() -> new ResourceNotFoundException("Réalisation inconnue"));
	}

	/**
	 * The rules that span several fields of the form. A blank address is made from the
	 * name, unique among projects, the bin and the redirects.
	 */
	@Transactional(readOnly = true)
	public void validate(ProjectForm form, Long id, Errors errors) {
		if (form.getStartYear() != null && form.getEndYear() != null && form.getEndYear() < form.getStartYear()) {
			errors.rejectValue("endYear", "beforeStart", "L’année de fin ne peut pas précéder l’année de début.");
		}
		String current = (id != null) ? project(id).getAddress() : null;
		if ((form.getSlug() == null || form.getSlug().isBlank()) && form.getName() != null
				&& !errors.hasFieldErrors("name")) {
			form.setSlug(Slugs.unique(form.getName(), 120, (slug) -> addressTaken(slug, id, current)));
			if (form.getSlug().isEmpty()) {
				errors.rejectValue("slug", "required",
						"Saisissez l’adresse de la page : le nom ne contient ni lettre ni chiffre pour la former.");
			}
		}
		if (form.getSlug() != null && !form.getSlug().isBlank() && !errors.hasFieldErrors("slug")) {
			String slug = form.getSlug().strip();
			Optional<Project> other = this.projects.findBySlug(slug);
			if (other.isPresent() && !other.get().getId().equals(id)) {
				errors.rejectValue("slug", "taken", "Cette adresse est déjà celle d’une autre réalisation.");
			}
			else if (this.projects.inBinWithSlug(slug)) {
				errors.rejectValue("slug", "binned",
						"Cette adresse est celle d’une réalisation de la corbeille : restaurez-la ou choisissez une autre adresse.");
			}
			else if (this.redirects.leadsElsewhere(Project.address(slug), current)) {
				errors.rejectValue("slug", "redirected",
						"Cette adresse mène déjà à une autre page (ancienne adresse redirigée) : choisissez-en une autre.");
			}
		}
	}

	private boolean addressTaken(String slug, Long id, String current) {
		return this.projects.findBySlug(slug).filter((other) -> !other.getId().equals(id)).isPresent()
				|| this.projects.inBinWithSlug(slug) || this.redirects.leadsElsewhere(Project.address(slug), current);
	}

	public Project create(ProjectForm form) {
		Project project = new Project(form.getSlug().strip(), form.getName().strip(), form.getCity().strip(),
				form.getClient().strip(), form.getArchitect().strip(), form.getStartYear(), form.getEndYear(),
				Positioned.next(all()));
		apply(form, project);
		this.projects.save(project);
		this.auditLog.record("Création", subject(project));
		return project;
	}

	public void update(long id, ProjectForm form) {
		Project project = project(id);
		EditConflictException.check(project, form.getVersion());
		String oldAddress = project.getAddress();
		boolean wasPublished = project.isPublished();
		apply(form, project);
		if (wasPublished) {
			// Its old address may be in search engines and e-mails: it keeps leading
			// here.
			this.redirects.moved(oldAddress, project.getAddress());
		}
		this.auditLog.record("Modification", subject(project));
	}

	@Override
	public void move(long id, int offset) {
		Project project = project(id);
		if (Positioned.move(new ArrayList<>(all()), project, offset)) {
			this.auditLog.record("Réordonnancement", subject(project));
		}
	}

	/**
	 * Stores a new image for the project, replacing any previous one. An invalid upload
	 * changes nothing.
	 */
	public void attachImage(long id, byte[] upload, String alt) {
		ImageProcessor.ProcessedImage image = this.imageProcessor.process(upload);
		Project project = project(id);
		this.images.findById(id)
			.ifPresentOrElse((stored) -> stored.replace(image), () -> this.images.save(new ProjectImage(id, image)));
		project.attachImage(alt.strip(), this.clock.millis());
		this.auditLog.record("Image ajoutée", subject(project));
	}

	public void removeImage(long id) {
		Project project = project(id);
		this.images.findById(id).ifPresent(this.images::delete);
		project.detachImage();
		this.auditLog.record("Image retirée", subject(project));
	}

	private static void apply(ProjectForm form, Project project) {
		project.setSlug(form.getSlug().strip());
		project.setName(form.getName().strip());
		project.setCity(form.getCity().strip());
		project.setClient(form.getClient().strip());
		project.setArchitect(form.getArchitect().strip());
		project.setStartYear(form.getStartYear());
		project.setEndYear(form.getEndYear());
		project
			.setCaption((form.getCaption() == null || form.getCaption().isBlank()) ? null : form.getCaption().strip());
		project.setPublished(form.isPublished());
	}

	private static String subject(Project project) {
		return "Réalisation « " + project.getName() + " »";
	}

	@Override
	public String pathSegment() {
		return "realisations";
	}

	@Override
	public String listUrl(long id) {
		return "/admin/realisations";
	}

	@Override
	public Class<Project> type() {
		return Project.class;
	}

	@Override
	@Transactional(readOnly = true)
	public String contents(long id) {
		return project(id).hasImage() ? "son image" : null;
	}

}
