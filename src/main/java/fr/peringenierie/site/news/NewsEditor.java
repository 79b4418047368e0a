package fr.peringenierie.site.news;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.peringenierie.site.admin.OrderedContent;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentCatalog;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.project.ProjectEditor;
import fr.peringenierie.site.redirect.PageAddresses;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.RichTextSanitizer;
import fr.peringenierie.site.web.StoredImages;
import org.hibernate.Hibernate;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Staff changes to the news: the text through drafts and « Publier », the photo and the
 * pages mentioned at once.
 */
@Service
@Transactional
public class NewsEditor implements OrderedContent, ContentPublisher {

	private final NewsRepository posts;

	private final PageAddresses addresses;

	private final PageAddresses.Kind kind;

	private final RichTextSanitizer sanitizer;

	private final StoredImages images;

	private final AuditLog auditLog;

	private final Clock clock;

	private final ProjectEditor projects;

	private final DepartmentCatalog departments;

	NewsEditor(NewsRepository posts, PageAddresses addresses, RichTextSanitizer sanitizer, StoredImages images,
			AuditLog auditLog, Clock clock, ProjectEditor projects, DepartmentCatalog departments) {
		this.posts = posts;
		this.addresses = addresses;
		this.sanitizer = sanitizer;
		this.images = images;
		this.auditLog = auditLog;
		this.clock = clock;
		this.projects = projects;
		this.departments = departments;
		this.kind = new PageAddresses.Kind(NewsPost.LIST_PATH + "/", "d’une autre actualité",
				(slug) -> posts.findBySlug(slug).map(NewsPost::getId), posts::inBinWithSlug,
				(id) -> post(id).getSlug());
	}

	@Transactional(readOnly = true)
	public List<NewsPost> all() {
		return this.posts.findAllForStaff();
	}

	@Transactional(readOnly = true)
	public NewsPost post(long id) {
		NewsPost post = this.posts.findById(id).orElseThrow(() -> new ResourceNotFoundException("Actualité inconnue"));
		Hibernate.initialize(post.getProjects());
		Hibernate.initialize(post.getDepartments());
		return post;
	}

	/**
	 * The rules that span several fields: the address, made from the title when blank.
	 */
	@Transactional(readOnly = true)
	public void validate(NewsForm form, Long id, Errors errors) {
		String slug = this.addresses.check(this.kind, form.getSlug(), form.getTitle(), id, errors);
		if (slug != null) {
			form.setSlug(slug);
		}
	}

	/**
	 * A new post, not online until it is published.
	 */
	public NewsPost create(NewsForm form) {
		NewsPost post = new NewsPost(form.getSlug(), form.getTitle().strip(), form.getCategory(),
				form.getSummary().strip());
		apply(form, post);
		post.setPublished(false);
		this.posts.save(post);
		this.auditLog.record("Création", subject(post));
		return post;
	}

	public void update(long id, NewsForm form) {
		NewsPost post = post(id);
		EditConflictException.check(post, form.getVersion());
		String oldAddress = post.getAddress();
		boolean wasOnline = post.hasBeenOnline();
		apply(form, post);
		if (post.isPublished()) {
			post.wentOnline(this.clock.instant());
		}
		if (wasOnline) {
			this.addresses.moved(oldAddress, post.getAddress());
		}
		this.auditLog.record("Modification", subject(post));
	}

	private void apply(NewsForm form, NewsPost post) {
		post.setSlug(form.getSlug().strip());
		post.setTitle(form.getTitle().strip());
		post.setCategory(form.getCategory());
		post.setSummary(form.getSummary().strip());
		String body = (form.getBody() != null) ? this.sanitizer.sanitize(form.getBody()) : "";
		post.setBody(body.isBlank() ? null : body);
		post.setPublished(form.isPublished());
	}

	/**
	 * Saves the pages the post mentions, whichever button of its page was pressed; a
	 * contributor's choice is not saved (it would be online at once).
	 */
	public void saveMentions(long id, NewsForm typed) {
		if (typed.getProjects() == null || typed.getDepartments() == null
				|| !AdminForms.publishes(SecurityContextHolder.getContext().getAuthentication())) {
			return;
		}
		NewsPost post = post(id);
		Set<Project> projects = chosen(this.projects.all(), typed.getProjects());
		Set<Department> departments = chosen(this.departments.findAll(), typed.getDepartments());
		if (!projects.equals(Set.copyOf(post.getProjects()))
				|| !departments.equals(Set.copyOf(post.getDepartments()))) {
			post.mention(projects, departments);
			this.auditLog.record("Pages citées", subject(post));
		}
	}

	private static <T extends BaseEntity> Set<T> chosen(List<T> all, Collection<Long> ids) {
		Set<T> chosen = new LinkedHashSet<>();
		all.stream().filter((item) -> ids.contains(item.getId())).forEach(chosen::add);
		return chosen;
	}

	@Transactional(readOnly = true)
	public List<Project> projectChoices() {
		return this.projects.all();
	}

	@Transactional(readOnly = true)
	public List<Department> departmentChoices() {
		return this.departments.findAll();
	}

	public void setImage(long id, ImageProcessor.PreparedImage upload, String alt) {
		NewsPost post = post(id);
		post.setImage(this.images.replace(post.getImage(), upload, alt));
		this.auditLog.record("Photo ajoutée", subject(post));
	}

	public void rotateImage(long id, StoredImages.Rotated rotated) {
		NewsPost post = post(id);
		post.setImage(this.images.replace(post.getImage(), rotated));
		this.auditLog.record("Photo tournée", subject(post));
	}

	public void focusImage(long id, int x, int y) {
		NewsPost post = post(id);
		post.setImage(post.getImage().focusedOn(x, y));
		this.auditLog.record("Point visible choisi", subject(post));
	}

	public void removeImage(long id) {
		NewsPost post = post(id);
		ImageRef previous = post.getImage();
		post.setImage(ImageRef.none());
		this.images.delete(previous);
		this.auditLog.record("Photo retirée", subject(post));
	}

	private static String subject(NewsPost post) {
		return "Actualité « " + post.getTitle() + " »";
	}

	@Override
	public String pathSegment() {
		return "actualites";
	}

	@Override
	public Class<NewsPost> type() {
		return NewsPost.class;
	}

	@Override
	public String listUrl(long id) {
		return "/admin/actualites";
	}

	/**
	 * Posts follow one another by date: there is no order to choose.
	 */
	@Override
	public void move(long id, int offset) {
	}

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(NewsPost.class);
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		ContentPublisher.publishChecked(NewsForm.of((NewsPost) wanted), (form, errors) -> validate(form, id, errors),
				(form) -> update(id, form));
	}

}
