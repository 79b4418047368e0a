package fr.peringenierie.site.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.ListCrudRepository;

public interface ProjectRepository extends ListCrudRepository<Project, Long> {

	@EntityGraph(attributePaths = { "departments", "photos" })
	List<Project> findByPublishedTrueOrderByPositionAscIdAsc();

	@EntityGraph(attributePaths = { "departments", "photos" })
	Optional<Project> findBySlugAndPublishedTrue(String slug);

	Optional<Project> findBySlug(String slug);

	/**
	 * Whether a project in the bin holds this address (the bin's filter does not apply to
	 * native queries).
	 */
	@NativeQuery("select count(*) > 0 from project where slug = :slug and binned_at is not null")
	boolean inBinWithSlug(String slug);

	List<Project> findAllByOrderByPositionAscIdAsc();

}
