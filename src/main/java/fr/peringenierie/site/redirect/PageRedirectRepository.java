package fr.peringenierie.site.redirect;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageRedirectRepository extends JpaRepository<PageRedirect, Long> {

	Optional<PageRedirect> findByFromPath(String fromPath);

	List<PageRedirect> findByToPath(String toPath);

	List<PageRedirect> findAllByOrderByFromPath();

}
