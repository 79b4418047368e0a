package fr.peringenierie.site.project;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published projects, and the choices the gallery offers to filter them.
 */
@Service
@Transactional(readOnly = true)
public class ProjectGallery {

	private final ProjectRepository projects;

	private final ProjectImageRepository images;

	public ProjectGallery(ProjectRepository projects, ProjectImageRepository images) {
		this.projects = projects;
		this.images = images;
	}

	public Optional<ProjectImage> image(Project project) {
		return project.hasImage() ? this.images.findById(project.getId()) : Optional.empty();
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
		List<Integer> years = all.stream()
			.flatMapToInt((project) -> IntStream.rangeClosed(project.getStartYear(),
					(project.getEndYear() != null) ? project.getEndYear() : project.getStartYear()))
			.distinct()
			.sorted()
			.boxed()
			.toList();
		return new GalleryPage(shown, all.size(), cities, years);
	}

	/**
	 * What the gallery shows.
	 *
	 * @param projects the projects that pass the filter, in display order
	 * @param total how many projects are published
	 * @param cities the cities a visitor can filter by
	 * @param years the years a visitor can filter by
	 */
	public record GalleryPage(List<Project> projects, int total, List<String> cities, List<Integer> years) {

	}

}
