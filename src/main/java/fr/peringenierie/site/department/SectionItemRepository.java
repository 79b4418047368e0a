package fr.peringenierie.site.department;

import org.springframework.data.repository.ListCrudRepository;

public interface SectionItemRepository extends ListCrudRepository<SectionItem, Long> {

}
