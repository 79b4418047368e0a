package fr.peringenierie.site.sitewide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SitePictureRepository extends ListCrudRepository<SitePicture, Long> {

	List<SitePicture> findAllByOrderByPosition();

	Optional<SitePicture> findBySlot(String slot);

}
