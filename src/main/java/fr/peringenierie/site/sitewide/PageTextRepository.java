package fr.peringenierie.site.sitewide;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface PageTextRepository extends ListCrudRepository<PageText, Long> {

	List<PageText> findAllByOrderByPosition();

}
