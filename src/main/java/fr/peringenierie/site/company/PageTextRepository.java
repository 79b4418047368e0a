package fr.peringenierie.site.company;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface PageTextRepository extends ListCrudRepository<PageText, Long> {

	List<PageText> findAllByOrderByPosition();

}
