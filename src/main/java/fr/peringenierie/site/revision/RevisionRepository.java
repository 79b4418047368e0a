package fr.peringenierie.site.revision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RevisionRepository extends Repository<Revision, Long> {

	List<Revision> findByItemTypeAndItemIdOrderByIdDesc(String itemType, long itemId);

	Optional<Revision> findByIdAndItemTypeAndItemId(long id, String itemType, long itemId);

}
