package fr.peringenierie.site.project;

import org.springframework.data.repository.ListCrudRepository;

public interface ProjectPhotoRepository extends ListCrudRepository<ProjectPhoto, Long> {

}
