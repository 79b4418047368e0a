package fr.peringenierie.site.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentCatalog;

import org.springframework.stereotype.Component;

/**
 * The subjects a prospect can choose: one per department, and "Autre".
 */
@Component
public class ContactSubjects {

	public static final String OTHER = "autre";

	private final DepartmentCatalog departments;

	/**
	 * The list last read, for a form shown again while the database cannot be reached.
	 */
	private volatile List<Subject> lastKnown = List.of(new Subject(OTHER, "Autre demande"));

	ContactSubjects(DepartmentCatalog departments) {
		this.departments = departments;
	}

	public List<Subject> all() {
		List<Subject> subjects = new ArrayList<>();
		for (Department department : this.departments.findAll()) {
			subjects.add(new Subject(department.getSlug(), "Département " + department.getName()));
		}
		subjects.add(new Subject(OTHER, "Autre demande"));
		this.lastKnown = List.copyOf(subjects);
		return subjects;
	}

	/**
	 * The subjects as last read, without reading them again.
	 */
	public List<Subject> lastKnown() {
		return this.lastKnown;
	}

	public Optional<Subject> find(String code) {
		return all().stream().filter((subject) -> subject.code().equals(code)).findFirst();
	}

	/**
	 * A subject of the form.
	 *
	 * @param code what the form sends
	 * @param label what people read
	 */
	public record Subject(String code, String label) {

	}

}
