package fr.peringenierie.site.project;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

	/** The widths served for {@code srcset}, in pixels. */
	public static final List<Integer> IMAGE_WIDTHS = List.of(480, 960, 1600);

	private final ProjectImageRepository images;

	private final ImageProcessor imageProcessor;

	private final Cache<String, ImageProcessor.ProcessedImage> resized = Caffeine.newBuilder()
		.maximumWeight(64L * 1024
				* 1024).<String, ImageProcessor.ProcessedImage>weigher((key, image) -> image.data().length)
		.build();

	public ProjectGallery(ProjectRepository projects, ProjectImageRepository images, ImageProcessor imageProcessor) {
		this.projects = projects;
		this.images = images;
		this.imageProcessor = imageProcessor;
	}

	public Optional<ProjectImage> image(Project project) {
		return project.hasImage() ? this.images.findById(project.getId()) : Optional.empty();
	}

	/**
	 * The project's image at one of the {@link #IMAGE_WIDTHS widths} the layouts use,
	 * made once per image and width, then kept in memory.
	 */
	public Optional<ImageProcessor.ProcessedImage> image(Project project, int width) {
		String key = project.getId() + ":" + project.getImageStamp() + ":" + width;
		ImageProcessor.ProcessedImage cached = this.resized.getIfPresent(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		return image(project).map((stored) -> {
			ImageProcessor.ProcessedImage image = this.imageProcessor.resize(stored, width);
			this.resized.put(key, image);
			return image;
		});
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

	@Override
	public List<String> sitemapPaths() {
		return published().stream().map(Project::getAddress).toList();
	}

}
