package fr.peringenierie.site.sitewide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface SiteSettingRepository extends ListCrudRepository<SiteSetting, Long> {

	List<SiteSetting> findAllByOrderByPosition();

	Optional<SiteSetting> findByCode(String code);

}
