package fr.peringenierie.site.careers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface JobOfferRepository extends ListCrudRepository<JobOffer, Long> {

	/** The offers open on a day, the soonest to close first. */
	@Query("select o from JobOffer o where o.published = true and o.closesOn >= :today order by o.closesOn, o.id")
	List<JobOffer> findOpen(LocalDate today);

	@Query("select o from JobOffer o where o.published = true and o.slug = :slug")
	Optional<JobOffer> findPublishedBySlug(String slug);

	/** Offers whose closing date passed without every instance being told yet. */
	@Query("select o from JobOffer o where o.published = true and o.closesOn < :today and o.expiryNoticed = false")
	List<JobOffer> findClosedUnnoticed(LocalDate today);

	Optional<JobOffer> findBySlug(String slug);

	@NativeQuery("select count(*) > 0 from job_offer where slug = :slug and binned_at is not null")
	boolean inBinWithSlug(String slug);

	@Query("select o from JobOffer o order by o.closesOn desc, o.id desc")
	List<JobOffer> findAllForStaff();

}
