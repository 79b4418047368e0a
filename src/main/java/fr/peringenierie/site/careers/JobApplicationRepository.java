package fr.peringenierie.site.careers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobApplicationRepository extends JpaRepository<JobApplication, Long> {

	Optional<JobApplication> findBySubmissionKey(String submissionKey);

	@Query("select a from JobApplication a where a.status <> fr.peringenierie.site.careers.ApplicationStatus.SPAM order by a.receivedAt desc, a.id desc")
	List<JobApplication> findForStaff();

	@Query("select a from JobApplication a where a.jobOfferId = :offerId and a.status <> fr.peringenierie.site.careers.ApplicationStatus.SPAM order by a.receivedAt desc, a.id desc")
	List<JobApplication> findForStaff(long offerId);

	@Query("select count(a) from JobApplication a where a.status = fr.peringenierie.site.careers.ApplicationStatus.NEW")
	long countNew();

	/** Applications past their retention: all but those of people hired. */
	@Query("select a.id from JobApplication a where a.status <> fr.peringenierie.site.careers.ApplicationStatus.KEPT and a.lastChangeAt < :before")
	List<Long> findExpired(Instant before);

	@Modifying
	@NativeQuery("insert into job_application_file (application_id, kind, data, sha256) values (:applicationId, :kind, :data, :sha256)")
	void storeFile(long applicationId, String kind, byte[] data, String sha256);

	@NativeQuery("select data from job_application_file where application_id = :applicationId and kind = :kind")
	Optional<byte[]> file(long applicationId, String kind);

}
