package fr.peringenierie.site.department;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.admin.OrderedContent;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.redirect.Redirects;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.RichTextSanitizer;
import fr.peringenierie.site.web.Slugs;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.StoredImages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to departments and their sections (their items:
 * {@link SectionItemEditor}).
 */
@Service
@Transactional
public class DepartmentEditor implements OrderedContent, ContentPublisher {

	private final DepartmentRepository departments;

	private final DepartmentSectionRepository sections;

	private final RichTextSanitizer sanitizer;

	private final AuditLog auditLog;

	private final Redirects redirects;

	private final StoredImages images;

	public DepartmentEditor(DepartmentRepository departments, DepartmentSectionRepository sections,
			RichTextSanitizer sanitizer, AuditLog auditLog, Redirects redirects, StoredImages images) {
		this.images = images;
		this.redirects = redirects;
		this.departments = departments;
		this.sections = sections;
		this.sanitizer = sanitizer;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<Department> departments() {
		return this.departments.findAllByOrderByPosition();
	}

	/**
	 * A department with its sections loaded, for its edit screen.
	 */
	@Transactional(readOnly = true)
	public Department department(long id) {
		Department department = this.departments.findById(id)
			.orElseThrow(() -> new ResourceNotFoundException("Département inconnu"));
		department.getSections().forEach((section) -> section.getItems().size());
		return department;
	}

	/**
	 * Whether another department (any, when {@code id} is null) already has this address,
	 * or the address is an old one that leads elsewhere.
	 */
	@Transactional(readOnly = true)
	public boolean slugTakenByAnother(String slug, Long id) {
		if (slug == null || slug.isBlank()) {
			return false;
		}
		String current = (id != null) ? department(id).getAddress() : null;
		return this.departments.findWithSectionsBySlug(slug).filter((other) -> !other.getId().equals(id)).isPresent()
				|| this.departments.inBinWithSlug(slug)
				|| this.redirects.leadsElsewhere(Department.address(slug), current);
	}

	/**
	 * Makes the address of a department from its name when staff left it blank, unique
	 * among departments, the bin and the redirects.
	 */
	@Transactional(readOnly = true)
	public void fillBlankAddress(DepartmentForm form, Long id) {
		if ((form.getSlug() == null || form.getSlug().isBlank()) && form.getName() != null) {
			form.setSlug(Slugs.unique(form.getName(), 80, (slug) -> slugTakenByAnother(slug, id)));
		}
	}

	public void updateDepartment(long id, DepartmentForm form) {
		Department department = department(id);
		EditConflictException.check(department, form.getVersion());
		String oldAddress = department.getAddress();
		department.setSlug(form.getSlug().strip());
		this.redirects.moved(oldAddress, department.getAddress());
		department.setName(form.getName().strip());
		department.setFullName(form.getFullName().strip());
		department.setTagline(form.getTagline().strip());
		department.setSummary(this.sanitizer.sanitize(form.getSummary()));
		this.auditLog.record("Modification", "Département « " + department.getName() + " »");
	}

	/**
	 * Gives the department a new photo; the previous one is forgotten. An invalid upload
	 * changes nothing.
	 */
	public void setImage(long id, ImageProcessor.PreparedImage upload, String alt) {
		Department department = department(id);
		department.setImage(this.images.replace(department.getImage(), upload, alt));
		this.auditLog.record("Image ajoutée", "Département « " + department.getName() + " »");
	}

	public void rotateImage(long id, StoredImages.Rotated rotated) {
		Department department = department(id);
		department.setImage(this.images.replace(department.getImage(), rotated));
		this.auditLog.record("Image tournée", "Département « " + department.getName() + " »");
	}

	public void focusImage(long id, int x, int y) {
		Department department = department(id);
		department.setImage(department.getImage().focusedOn(x, y));
		this.auditLog.record("Point visible choisi", "Département « " + department.getName() + " »");
	}

	public void removeImage(long id) {
		Department department = department(id);
		ImageRef previous = department.getImage();
		department.setImage(ImageRef.none());
		this.images.delete(previous);
		this.auditLog.record("Image retirée", "Département « " + department.getName() + " »");
	}

	public Department createDepartment(DepartmentForm form) {
		Department department = this.departments.save(new Department(form.getSlug().strip(), form.getName().strip(),
				form.getFullName().strip(), form.getTagline().strip(), this.sanitizer.sanitize(form.getSummary()),
				Positioned.next(departments())));
		this.auditLog.record("Création", "Département « " + department.getName() + " »");
		return department;
	}

	@Override
	public void move(long id, int offset) {
		Department department = department(id);
		if (Positioned.move(new ArrayList<>(departments()), department, offset)) {
			this.auditLog.record("Réordonnancement", "Département « " + department.getName() + " »");
		}
	}

	/**
	 * A section with its items loaded, for its edit screen.
	 */
	@Transactional(readOnly = true)
	public DepartmentSection section(long id) {
		DepartmentSection section = this.sections.findById(id)
			.orElseThrow(() -> new ResourceNotFoundException("Section inconnue"));
		section.getItems().size();
		section.getDepartment().getName();
		return section;
	}

	public DepartmentSection createSection(long departmentId, SectionForm form) {
		Department department = department(departmentId);
		DepartmentSection section = new DepartmentSection(form.getTitle().strip(), blankToNull(form.getLead()),
				richOrNull(form.getBody()), Positioned.next(department.getSections()));
		department.addSection(section);
		this.sections.save(section);
		this.auditLog.record("Création", sectionSubject(section));
		return section;
	}

	public void updateSection(long id, SectionForm form) {
		DepartmentSection section = section(id);
		EditConflictException.check(section, form.getVersion());
		section.setTitle(form.getTitle().strip());
		section.setLead(blankToNull(form.getLead()));
		section.setBody(richOrNull(form.getBody()));
		this.auditLog.record("Modification", sectionSubject(section));
	}

	public void moveSection(long id, int offset) {
		DepartmentSection section = section(id);
		if (Positioned.move(new ArrayList<>(section.getDepartment().getSections()), section, offset)) {
			this.auditLog.record("Réordonnancement", sectionSubject(section));
		}
	}

	private String richOrNull(String input) {
		String html = this.sanitizer.sanitize(input);
		return html.isEmpty() ? null : html;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static String sectionSubject(DepartmentSection section) {
		return "Département « " + section.getDepartment().getName() + " », section « " + section.getTitle() + " »";
	}

	@Override
	public String pathSegment() {
		return "departements";
	}

	@Override
	public String listUrl(long id) {
		return "/admin/departements";
	}

	@Override
	public Class<Department> type() {
		return Department.class;
	}

	@Override
	@Transactional(readOnly = true)
	public String contents(long id) {
		int sections = department(id).getSections().size();
		return (sections == 0) ? null : "ses " + sections + " section(s) et leurs éléments";
	}

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(Department.class, DepartmentSection.class);
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		if (wanted instanceof DepartmentSection section) {
			updateSection(id, SectionForm.of(section));
		}
		else {
			updateDepartment(id, DepartmentForm.of((Department) wanted));
		}
	}

}
