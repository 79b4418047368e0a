package fr.peringenierie.site.project;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ProjectPhotoRepository extends ListCrudRepository<ProjectPhoto, Long> {

	@Query("select photo from ProjectPhoto photo join fetch photo.project where photo.id = :id")
	Optional<ProjectPhoto> findWithProject(long id);

}
