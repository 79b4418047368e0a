package fr.peringenierie.site.department;

import java.util.List;
import java.util.Optional;

import fr.peringenierie.site.web.SitemapEntries;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads departments for the public pages, fully loaded so that views never touch the
 * database.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentCatalog implements SitemapEntries {

	private final DepartmentRepository departments;

	public DepartmentCatalog(DepartmentRepository departments) {
		this.departments = departments;
	}

	public List<Department> findAll() {
		return this.departments.findAllByOrderByPosition();
	}

	@Override
	public List<String> sitemapPaths() {
		return findAll().stream().map(Department::getAddress).toList();
	}

	/**
	 * The department with its sections and their items: two queries whatever the size,
	 * the items of every section being fetched in one batch.
	 */
	public Optional<Department> findBySlug(String slug) {
		Optional<Department> department = this.departments.findWithSectionsBySlug(slug);
		department
			.ifPresent((found) -> found.getSections().forEach((section) -> Hibernate.initialize(section.getItems())));
		return department;
	}

}
