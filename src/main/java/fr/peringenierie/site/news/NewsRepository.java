package fr.peringenierie.site.news;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NewsRepository extends ListCrudRepository<NewsPost, Long> {

	/** What visitors see, newest first. */
	@Query("select p from NewsPost p where p.published = true and p.firstPublishedAt is not null")
	Page<NewsPost> findOnline(Pageable pageable);

	/** The latest posts, without counting them all. */
	@Query("select p from NewsPost p where p.published = true and p.firstPublishedAt is not null order by p.firstPublishedAt desc, p.id desc")
	List<NewsPost> findLatest(Limit limit);

	@Query("select p from NewsPost p where p.published = true and p.firstPublishedAt is not null and p.category = :category")
	Page<NewsPost> findOnline(NewsCategory category, Pageable pageable);

	@EntityGraph(attributePaths = { "projects", "departments" })
	@Query("select p from NewsPost p where p.slug = :slug and p.published = true and p.firstPublishedAt is not null")
	Optional<NewsPost> findOnlineBySlug(String slug);

	@Query("select p.slug from NewsPost p where p.published = true and p.firstPublishedAt is not null order by p.firstPublishedAt desc")
	List<String> findOnlineSlugs();

	@Query("select distinct p from NewsPost p join p.projects project where project.id = :projectId and p.published = true and p.firstPublishedAt is not null order by p.firstPublishedAt desc")
	List<NewsPost> findOnlineMentioningProject(long projectId);

	@Query("select distinct p from NewsPost p join p.departments department where department.id = :departmentId and p.published = true and p.firstPublishedAt is not null order by p.firstPublishedAt desc")
	List<NewsPost> findOnlineMentioningDepartment(long departmentId);

	Optional<NewsPost> findBySlug(String slug);

	/**
	 * Whether a post in the bin holds this address (the bin's filter does not apply to
	 * native queries).
	 */
	@NativeQuery("select count(*) > 0 from news_post where slug = :slug and binned_at is not null")
	boolean inBinWithSlug(String slug);

	/** Staff's list: the posts not yet published first, then the newest. */
	@Query("select p from NewsPost p order by case when p.firstPublishedAt is null then 0 else 1 end, p.firstPublishedAt desc, p.id desc")
	List<NewsPost> findAllForStaff();

}
