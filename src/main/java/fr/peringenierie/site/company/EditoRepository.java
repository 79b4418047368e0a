package fr.peringenierie.site.company;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface EditoRepository extends ListCrudRepository<Edito, Long> {

	Optional<Edito> findFirstByOrderById();

}
