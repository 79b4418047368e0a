package fr.peringenierie.site.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface ProjectRepository extends ListCrudRepository<Project, Long> {

	List<Project> findByPublishedTrueOrderByPositionAscIdAsc();

	Optional<Project> findBySlugAndPublishedTrue(String slug);

	Optional<Project> findBySlug(String slug);

	List<Project> findAllByOrderByPositionAscIdAsc();

}
