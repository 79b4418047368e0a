package fr.peringenierie.site.revision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DraftRepository extends ListCrudRepository<Draft, Long> {

	Optional<Draft> findByItemTypeAndItemId(String itemType, long itemId);

	List<Draft> findAllByOrderBySavedAtDesc();

	@Query("select d.id from Draft d where d.publishAt <= :now order by d.publishAt")
	List<Long> findDue(Instant now);

	/**
	 * Takes a due draft for publication; of several instances trying at once, only one
	 * gets 1.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Draft d where d.id = :id and d.publishAt <= :now")
	int takeDue(long id, Instant now);

	/**
	 * Cancels the scheduled publication of a draft whose item changed meanwhile; only one
	 * instance gets 1.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Draft d set d.publishAt = null, d.problem = :problem, d.version = d.version + 1 "
			+ "where d.id = :id and d.publishAt is not null")
	int cancelSchedule(long id, String problem);

	/**
	 * Counts a failed try of a scheduled publication, with its reason.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Draft d set d.attempts = d.attempts + 1, d.problem = :problem, d.version = d.version + 1 "
			+ "where d.id = :id and d.publishAt is not null")
	int recordFailure(long id, String problem);

	@Modifying(flushAutomatically = true)
	@Query("delete from Draft d where d.itemType = :itemType and d.itemId = :itemId")
	int deleteItem(String itemType, long itemId);

}
