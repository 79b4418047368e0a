package fr.peringenierie.site.department;

import org.springframework.data.repository.ListCrudRepository;

public interface DepartmentSectionRepository extends ListCrudRepository<DepartmentSection, Long> {

}
