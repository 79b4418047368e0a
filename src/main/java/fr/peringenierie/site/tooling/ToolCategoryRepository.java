package fr.peringenierie.site.tooling;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ToolCategoryRepository extends ListCrudRepository<ToolCategory, Long> {

	@Query("select distinct c from ToolCategory c left join fetch c.tools order by c.position, c.id")
	List<ToolCategory> findAllWithTools();

}
