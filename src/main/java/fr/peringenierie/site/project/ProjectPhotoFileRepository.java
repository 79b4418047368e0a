package fr.peringenierie.site.project;

import org.springframework.data.repository.ListCrudRepository;

public interface ProjectImageRepository extends ListCrudRepository<ProjectImage, Long> {

}
