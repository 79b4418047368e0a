package fr.peringenierie.site.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.peringenierie.site.admin.OrderedContent;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentCatalog;
import fr.peringenierie.site.redirect.Redirects;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.RichTextSanitizer;
import fr.peringenierie.site.web.Slugs;
import fr.peringenierie.site.web.StoredImages;
import org.hibernate.Hibernate;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Staff changes to the project gallery, images included.
 */
@Service
@Transactional
public class ProjectEditor implements OrderedContent, ContentPublisher {

	/**
	 * Photos per project: enough to tell its story, few enough for the page to stay
	 * light.
	 */
	static final int MAX_PHOTOS = 24;

	private final ProjectRepository projects;

	private final ProjectPhotoRepository photos;

	private final StoredImages images;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Redirects redirects;

	private final DepartmentCatalog departments;

	private final RichTextSanitizer sanitizer;

	public ProjectEditor(ProjectRepository projects, ProjectPhotoRepository photos, StoredImages images,
			AuditLog auditLog, Clock clock, Redirects redirects, DepartmentCatalog departments,
			RichTextSanitizer sanitizer) {
		this.departments = departments;
		this.sanitizer = sanitizer;
		this.redirects = redirects;
		this.projects = projects;
		this.photos = photos;
		this.images = images;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Project> all() {
		return this.projects.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public Project project(long id) {
		Project project = this.projects.findById(id)
			.orElseThrow(() -> new ResourceNotFoundException("Réalisation inconnue"));
		Hibernate.initialize(project.getDepartments());
		Hibernate.initialize(project.getPhotos());
		return project;
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
	 * Adds a photo after the others (the first one is the cover), prepared before this
	 * transaction began.
	 * @throws ImageProcessor.InvalidImageException when the project has as many photos as
	 * it may; then nothing changes
	 */
	public ProjectPhoto addPhoto(long id, ImageProcessor.PreparedImage upload, String altText, String caption) {
		Project project = project(id);
		if (project.getPhotos().size() >= MAX_PHOTOS) {
			throw new ImageProcessor.InvalidImageException(
					"Une réalisation a au plus " + MAX_PHOTOS + " photos : retirez-en une d’abord.");
		}
		ImageRef image = this.images.store(upload, altText.strip());
		ProjectPhoto photo = this.photos.save(project.addPhoto(image, blankToNull(caption)));
		this.auditLog.record("Photo ajoutée", subject(project));
		return photo;
	}

	/**
	 * Puts a photo turned by quarter turns in place of the one it was made from.
	 */
	public void rotatePhoto(long id, long photoId, StoredImages.Rotated rotated) {
		ProjectPhoto photo = photo(id, photoId);
		photo.setImage(this.images.replace(photo.getImage(), rotated));
		this.auditLog.record("Photo tournée", subject(photo.getProject()));
	}

	/**
	 * Says which point of a photo every crop keeps in view (cards, the cover).
	 */
	public void focusPhoto(long id, long photoId, int x, int y) {
		ProjectPhoto photo = photo(id, photoId);
		photo.setImage(photo.getImage().focusedOn(x, y));
		this.auditLog.record("Point visible choisi", subject(photo.getProject()));
	}

	/**
	 * Saves what the edit page says beside the project's text, whichever of its buttons
	 * was pressed: the departments ticked, and what each photo says where it was changed.
	 * A photo changed meanwhile by someone else, or left without a description, keeps
	 * what it had.
	 */
	public DetailsSaved saveDetails(long id, ProjectForm typed) {
		Project project = project(id);
		if (!AdminForms.publishes(SecurityContextHolder.getContext().getAuthentication())) {
			// Departments and photos go online at once: a contributor's form shows them
			// without fields, and only the text is proposed for review.
			return new DetailsSaved(false, 0, List.of(), project.isPublished());
		}
		boolean departments = false;
		if (typed.getDepartments() != null && !Set.copyOf(typed.getDepartments()).equals(project.getDepartmentIds())) {
			assignDepartments(id, typed.getDepartments());
			departments = true;
		}
		int described = 0;
		List<PhotoProblem> problems = new ArrayList<>();
		List<ProjectPhoto> photos = project.getPhotos();
		for (int index = 0; index < photos.size(); index++) {
			ProjectPhoto photo = photos.get(index);
			ProjectForm.PhotoText text = typed.getPhotoTexts().get(photo.getId());
			if (text == null) {
				continue;
			}
			if (text.isSavedIn(photo)) {
				continue;
			}
			String alt = text.storedAlt();
			String caption = text.storedCaption();
			if (photo.getVersion() != text.getVersion()) {
				problems.add(new PhotoProblem(index + 1, PhotoProblem.Reason.CHANGED_MEANWHILE));
			}
			else if (alt.isEmpty() || alt.length() > 300) {
				problems.add(new PhotoProblem(index + 1, PhotoProblem.Reason.NO_DESCRIPTION));
			}
			else if (caption != null && caption.length() > 300) {
				problems.add(new PhotoProblem(index + 1, PhotoProblem.Reason.CAPTION_TOO_LONG));
			}
			else {
				photo.describe(alt, caption);
				described++;
			}
		}
		if (described > 0) {
			this.auditLog.record((described == 1) ? "Photo modifiée" : described + " photos modifiées",
					subject(project));
		}
		return new DetailsSaved(departments, described, problems, project.isPublished());
	}

	/**
	 * What {@link #saveDetails} saved, and what it could not.
	 *
	 * @param departments whether the departments changed
	 * @param photosDescribed how many photos say something new
	 * @param problems the photos whose new text was not saved, and why
	 * @param online whether visitors see the project
	 */
	public record DetailsSaved(boolean departments, int photosDescribed, List<PhotoProblem> problems, boolean online) {

		public boolean savedAnything() {
			return this.departments || this.photosDescribed > 0;
		}

	}

	/**
	 * A photo whose new text was not saved.
	 *
	 * @param number the photo's place on the page, from 1
	 */
	public record PhotoProblem(int number, Reason reason) {

		public enum Reason {

			CHANGED_MEANWHILE, NO_DESCRIPTION, CAPTION_TOO_LONG

		}

	}

	/**
	 * Moves a photo among the project's photos; to the first place, it becomes the cover.
	 */
	public void movePhoto(long id, long photoId, int offset) {
		ProjectPhoto photo = photo(id, photoId);
		if (Positioned.move(new ArrayList<>(photo.getProject().getPhotos()), photo, offset)) {
			photo.getProject().getPhotos().sort(Comparator.comparingInt(ProjectPhoto::getPosition));
			this.auditLog.record("Photos réordonnées", subject(photo.getProject()));
		}
	}

	public void removePhoto(long id, long photoId) {
		removePhotos(id, List.of(photoId));
	}

	/**
	 * Removes several photos of a project at once; ids not among its photos are ignored.
	 * @return how many were removed
	 */
	public int removePhotos(long id, Collection<Long> photoIds) {
		Project project = project(id);
		List<ProjectPhoto> removed = project.getPhotos()
			.stream()
			.filter((photo) -> photoIds.contains(photo.getId()))
			.toList();
		for (ProjectPhoto photo : removed) {
			project.removePhoto(photo);
			// Deleted now, so that its row goes before the image it refers to.
			this.photos.delete(photo);
			this.images.delete(photo.getImage());
		}
		if (!removed.isEmpty()) {
			this.auditLog.record((removed.size() == 1) ? "Photo retirée" : removed.size() + " photos retirées",
					subject(project));
		}
		return removed.size();
	}

	@Transactional(readOnly = true)
	public ProjectPhoto photo(long id, long photoId) {
		return project(id).getPhotos()
			.stream()
			.filter((photo) -> photo.getId() == photoId)
			.findFirst()
			.orElseThrow(() -> new ResourceNotFoundException("Photo inconnue"));
	}

	private void apply(ProjectForm form, Project project) {
		project.setSlug(form.getSlug().strip());
		project.setName(form.getName().strip());
		project.setCity(form.getCity().strip());
		project.setClient(form.getClient().strip());
		project.setArchitect(form.getArchitect().strip());
		project.setStartYear(form.getStartYear());
		project.setEndYear(form.getEndYear());
		project
			.setCaption((form.getCaption() == null || form.getCaption().isBlank()) ? null : form.getCaption().strip());
		project.setSector(blankToNull(form.getSector()));
		String description = (form.getDescription() != null) ? this.sanitizer.sanitize(form.getDescription()) : "";
		project.setDescription(description.isBlank() ? null : description);
		project.setMissions(blankToNull(form.getMissions()));
		project.setPublished(form.isPublished());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * Says which departments took part in the project; published at once, like the image.
	 */
	public void assignDepartments(long id, Collection<Long> departmentIds) {
		Project project = project(id);
		Set<Department> chosen = new LinkedHashSet<>();
		for (Department department : this.departments.findAll()) {
			if (departmentIds.contains(department.getId())) {
				chosen.add(department);
			}
		}
		project.setDepartments(chosen);
		this.auditLog.record("Départements", subject(project) + " : "
				+ (chosen.isEmpty() ? "aucun" : String.join(", ", chosen.stream().map(Department::getName).toList())));
	}

	@Transactional(readOnly = true)
	public List<Department> departmentChoices() {
		return this.departments.findAll();
	}

	/**
	 * The sectors already used, for staff to pick the same words again.
	 */
	@Transactional(readOnly = true)
	public List<String> sectorsInUse() {
		return all().stream().map(Project::getSector).filter(Objects::nonNull).distinct().sorted().toList();
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
		int photos = project(id).getPhotos().size();
		return (photos == 0) ? null : (photos == 1) ? "sa photo" : "ses " + photos + " photos";
	}

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(Project.class);
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		ContentPublisher.publishChecked(ProjectForm.of((Project) wanted), (form, errors) -> validate(form, id, errors),
				(form) -> update(id, form));
	}

}
