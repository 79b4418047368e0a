package fr.peringenierie.site.department;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface DepartmentRepository extends ListCrudRepository<Department, Long> {

	List<Department> findAllByOrderByPosition();

	@Query("select d from Department d left join fetch d.sections where d.slug = :slug")
	Optional<Department> findWithSectionsBySlug(String slug);

	/**
	 * Whether a department in the bin holds this address (the bin's filter does not apply
	 * to native queries).
	 */
	@NativeQuery("select count(*) > 0 from department where slug = :slug and binned_at is not null")
	boolean inBinWithSlug(String slug);

}
