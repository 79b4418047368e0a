package fr.peringenierie.site.department;

import java.util.List;

/**
 * The projects a department took part in, as its page links them. The project feature
 * provides them: it knows departments, this package does not know projects.
 */
public interface DepartmentProjects {

	List<ProjectLink> of(String departmentSlug);

	/**
	 * A project as a department page lists it.
	 */
	record ProjectLink(String name, String address, String city, String years, String sector) {

	}

}
