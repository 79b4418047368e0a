package fr.peringenierie.site.project;

import java.util.List;

import fr.peringenierie.site.department.DepartmentProjects;

import org.springframework.stereotype.Component;

/**
 * Lists on each department's page the published projects it took part in.
 */
@Component
class ProjectsOfDepartments implements DepartmentProjects {

	private final ProjectGallery gallery;

	ProjectsOfDepartments(ProjectGallery gallery) {
		this.gallery = gallery;
	}

	@Override
	public List<ProjectLink> of(String departmentSlug) {
		return this.gallery.ofDepartment(departmentSlug)
			.stream()
			.map((project) -> new ProjectLink(project.getName(), project.getAddress(), project.getCity(),
					project.getYears(), project.getSector()))
			.toList();
	}

}
