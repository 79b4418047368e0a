package fr.peringenierie.site.project;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.web.JsonLd;
import fr.peringenierie.site.web.PublicAddress;
import fr.peringenierie.site.web.SitemapEntries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published projects, and the choices the gallery offers to filter them.
 */
@Service
@Transactional(readOnly = true)
public class ProjectGallery implements SitemapEntries {

	private final ProjectRepository projects;

	private final ProjectPhotoRepository photos;

	private final PublicAddress siteProperties;

	public ProjectGallery(ProjectRepository projects, ProjectPhotoRepository photos, PublicAddress siteProperties) {
		this.siteProperties = siteProperties;
		this.projects = projects;
		this.photos = photos;
	}

	/**
	 * A photo of a project, as the project's address names it: to visitors, only while
	 * the project is published and out of the bin; to staff, also before.
	 */
	public Optional<ProjectPhoto> photo(String slug, long photoId, boolean staff) {
		return this.photos.findWithProject(photoId)
			.filter((photo) -> photo.getProject().getSlug().equals(slug))
			.filter((photo) -> photo.isVisibleToVisitors() || (staff && photo.getProject().getBinnedAt() == null));
	}

	/**
	 * The cover of a published project, at the address its single image had before
	 * projects had several photos.
	 */
	public Optional<ProjectPhoto> publishedCover(String slug) {
		return findPublished(slug).map(Project::getCover);
	}

	public List<Project> published() {
		return this.projects.findByPublishedTrueOrderByPositionAscIdAsc();
	}

	public Optional<Project> findPublished(String slug) {
		return this.projects.findBySlugAndPublishedTrue(slug);
	}

	/**
	 * The page of the gallery for a filter.
	 */
	public GalleryPage page(ProjectFilter filter) {
		List<Project> all = published();
		List<Project> shown = all.stream().filter(filter::accepts).toList();
		List<String> cities = List.copyOf(new TreeSet<>(all.stream().map(Project::getCity).toList()));
		List<String> sectors = List
			.copyOf(new TreeSet<>(all.stream().map(Project::getSector).filter(Objects::nonNull).toList()));
		List<Department> departments = all.stream()
			.flatMap((project) -> project.getDepartments().stream())
			.distinct()
			.sorted(Comparator.comparingInt(Department::getPosition))
			.toList();
		List<Integer> years = all.stream()
			.flatMapToInt((project) -> IntStream.rangeClosed(project.getStartYear(),
					(project.getEndYear() != null) ? project.getEndYear() : project.getStartYear()))
			.distinct()
			.sorted()
			.boxed()
			.toList();
		return new GalleryPage(shown, all.size(), cities, years, departments, sectors);
	}

	/**
	 * Other published projects that share a department or the sector with this one, those
	 * sharing most first, at most {@code limit}.
	 */
	public List<Project> related(Project project, int limit) {
		return published().stream()
			.filter((other) -> !other.getId().equals(project.getId()))
			.filter((other) -> affinity(project, other) > 0)
			.sorted(Comparator.comparingInt((Project other) -> -affinity(project, other)))
			.limit(limit)
			.toList();
	}

	private static int affinity(Project project, Project other) {
		Set<Long> departments = project.getDepartmentIds();
		int shared = (int) other.getDepartmentIds().stream().filter(departments::contains).count();
		boolean sameSector = project.getSector() != null && project.getSector().equalsIgnoreCase(other.getSector());
		return shared + (sameSector ? 1 : 0);
	}

	/**
	 * The published projects a department took part in, for its page.
	 */
	public List<Project> ofDepartment(String departmentSlug) {
		return published().stream()
			.filter((project) -> project.getDepartments()
				.stream()
				.anyMatch((department) -> department.getSlug().equals(departmentSlug)))
			.toList();
	}

	/**
	 * The project as schema.org structured data (JSON-LD): what it is, where and when,
	 * who commissioned and designed it, and its photo.
	 */
	public Map<String, Object> structuredData(Project project) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@context", "https://schema.org");
		work.put("@type", "CreativeWork");
		work.put("name", project.getName());
		work.put("url", this.siteProperties.absoluteUrl(project.getAddress()));
		work.put("locationCreated", JsonLd.object("@type", "Place", "address",
				JsonLd.object("@type", "PostalAddress", "addressLocality", project.getCity(), "addressCountry", "FR")));
		work.put("temporalCoverage", (project.getEndYear() != null)
				? project.getStartYear() + "/" + project.getEndYear() : Integer.toString(project.getStartYear()));
		work.put("sponsor", JsonLd.object("@type", "Organization", "name", project.getClient()));
		work.put("contributor", JsonLd.object("@type", "Organization", "name", project.getArchitect()));
		if (project.getSector() != null) {
			work.put("genre", project.getSector());
		}
		if (project.hasPhotos()) {
			work.put("image",
					project.getPhotos()
						.stream()
						.map((photo) -> this.siteProperties.absoluteUrl(photo.url(1600)))
						.toList());
		}
		return work;
	}

	/**
	 * The absolute address of the project's photo at the width shared on social networks,
	 * or {@code null} when it has none.
	 */
	public String coverUrl(Project project) {
		return project.hasPhotos() ? this.siteProperties.absoluteUrl(project.getCover().url(1600)) : null;
	}

	/**
	 * What the gallery shows.
	 *
	 * @param projects the projects that pass the filter, in display order
	 * @param total how many projects are published
	 * @param cities the cities a visitor can filter by
	 * @param years the years a visitor can filter by
	 * @param departments the departments a visitor can filter by: those of a project
	 * @param sectors the sectors a visitor can filter by: those of a project
	 */
	public record GalleryPage(List<Project> projects, int total, List<String> cities, List<Integer> years,
			List<Department> departments, List<String> sectors) {

	}

	@Override
	public List<String> sitemapPaths() {
		return published().stream().map(Project::getAddress).toList();
	}

}
