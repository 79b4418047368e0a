package fr.peringenierie.site.project;

import org.springframework.data.repository.ListCrudRepository;

public interface ProjectPhotoFileRepository extends ListCrudRepository<ProjectPhotoFile, Long> {

}
