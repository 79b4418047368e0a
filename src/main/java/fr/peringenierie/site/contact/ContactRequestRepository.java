package fr.peringenierie.site.contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRequestRepository
		extends JpaRepository<ContactRequest, Long>, JpaSpecificationExecutor<ContactRequest> {

	Optional<ContactRequest> findBySubmissionKey(String submissionKey);

	List<ContactRequest> findByEmailIgnoreCaseOrderByReceivedAt(String email);

	@Query("select c.id from ContactRequest c where c.notificationStatus = fr.peringenierie.site.contact.NotificationStatus.PENDING and c.nextAttemptAt <= :now order by c.nextAttemptAt")
	List<Long> findDueNotifications(Instant now);

	/**
	 * Claims a due notification for one sender: pushes its next attempt into the future,
	 * so that no other sender picks it meanwhile, and a crashed one is retried later.
	 * @return 1 when claimed
	 */
	@Modifying
	@Query("update ContactRequest c set c.nextAttemptAt = :until where c.id = :id and c.notificationStatus = fr.peringenierie.site.contact.NotificationStatus.PENDING and c.nextAttemptAt <= :now")
	int claimNotification(long id, Instant now, Instant until);

	/**
	 * Records the outcome of a delivery attempt, touching only the notification columns,
	 * so that it never undoes a staff member's concurrent change, nor is undone by it.
	 */
	@Modifying
	@Query("update ContactRequest c set c.notificationStatus = :#{#outcome.notificationStatus}, c.notificationAttempts = :#{#outcome.notificationAttempts}, c.nextAttemptAt = :#{#outcome.nextAttemptAt}, c.notificationError = :#{#outcome.notificationError}, c.notifiedAt = :#{#outcome.notifiedAt} where c.id = :#{#outcome.id}")
	int recordNotificationOutcome(ContactRequest outcome);

	@Modifying
	@Query("delete from ContactRequest c where c.lastExchangeAt < :limit")
	int deleteByLastExchangeAtBefore(Instant limit);

	long countByNotificationStatus(NotificationStatus status);

	long countByNotificationStatusAndNotificationErrorIsNotNull(NotificationStatus status);

	/**
	 * Requests whose sender, e-mail, company or message contain a lower-case pattern
	 * ({@code like}, with {@code \} as escape), newest first.
	 */
	@Query("select c from ContactRequest c where lower(c.name) like :pattern escape '\\' "
			+ "or lower(c.email) like :pattern escape '\\' or lower(c.company) like :pattern escape '\\' "
			+ "or lower(c.message) like :pattern escape '\\' order by c.receivedAt desc")
	List<ContactRequest> findContaining(String pattern, Limit limit);

}
