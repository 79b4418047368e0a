package fr.peringenierie.site.project;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ProjectGalleryTests {

	final ProjectRepository repository = mock(ProjectRepository.class);

	final ProjectGallery gallery = new ProjectGallery(this.repository, mock(ProjectImageRepository.class),
			new ImageProcessor());

	final Project polygone = project("Le Polygone", "Béziers", 2007, 2010);

	final Project oxygene = project("Bureaux Oxygène", "Montpellier", 2010, 2012);

	final Project cevennes = project("Les Marchés des Cévennes", "Alès", 2013, 2017);

	@Test
	void noFilterShowsEveryPublishedProjectInOrder() {
		given(this.repository.findByPublishedTrueOrderByPositionAscIdAsc())
			.willReturn(List.of(this.polygone, this.oxygene, this.cevennes));
		ProjectGallery.GalleryPage page = this.gallery.page(new ProjectFilter());
		assertThat(page.projects()).containsExactly(this.polygone, this.oxygene, this.cevennes);
		assertThat(page.total()).isEqualTo(3);
	}

	@Test
	void cityFilterIgnoresCaseAndSurroundingSpaces() {
		given(this.repository.findByPublishedTrueOrderByPositionAscIdAsc())
			.willReturn(List.of(this.polygone, this.oxygene, this.cevennes));
		assertThat(this.gallery.page(new ProjectFilter("  montpellier ", null)).projects())
			.containsExactly(this.oxygene);
	}

	@Test
	void yearFilterKeepsProjectsUnderWayThatYear() {
		given(this.repository.findByPublishedTrueOrderByPositionAscIdAsc())
			.willReturn(List.of(this.polygone, this.oxygene, this.cevennes));
		assertThat(this.gallery.page(new ProjectFilter(null, 2010)).projects()).containsExactly(this.polygone,
				this.oxygene);
		assertThat(this.gallery.page(new ProjectFilter("Béziers", 2012)).projects()).isEmpty();
	}

	@Test
	void choicesAreTheSortedCitiesAndEveryYearSpanned() {
		given(this.repository.findByPublishedTrueOrderByPositionAscIdAsc())
			.willReturn(List.of(this.oxygene, this.polygone));
		ProjectGallery.GalleryPage page = this.gallery.page(new ProjectFilter());
		assertThat(page.cities()).containsExactly("Béziers", "Montpellier");
		assertThat(page.years()).containsExactly(2007, 2008, 2009, 2010, 2011, 2012);
	}

	static Project project(String name, String city, int start, int end) {
		return new Project(name.toLowerCase().replace(' ', '-'), name, city, "Client", "Architecte", start, end, 10);
	}

}
