package fr.peringenierie.site.tooling;

import org.springframework.data.repository.ListCrudRepository;

public interface ToolRepository extends ListCrudRepository<Tool, Long> {

}
