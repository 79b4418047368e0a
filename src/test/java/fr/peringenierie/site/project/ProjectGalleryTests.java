package fr.peringenierie.site.project;

import java.net.URI;
import java.util.List;
import java.util.Set;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.web.PublicAddress;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ProjectGalleryTests {

	final ProjectRepository repository = mock(ProjectRepository.class);

	final ProjectGallery gallery = new ProjectGallery(this.repository, mock(ProjectPhotoRepository.class),
			PublicAddress.fixed(URI.create("https://www.per-ingenierie.fr")));

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

	@Test
	void departmentAndSectorFiltersKeepTheProjectsTheyName() {
		Department structure = department(1L, "structure", 10);
		Department energies = department(2L, "energies", 20);
		this.polygone.setDepartments(Set.of(structure));
		this.oxygene.setDepartments(Set.of(structure, energies));
		this.oxygene.setSector("Bureaux");
		this.cevennes.setSector("Commerce");
		given(this.repository.findByPublishedTrueOrderByPositionAscIdAsc())
			.willReturn(List.of(this.polygone, this.oxygene, this.cevennes));
		ProjectFilter byDepartment = new ProjectFilter();
		byDepartment.setDepartement("energies");
		assertThat(this.gallery.page(byDepartment).projects()).containsExactly(this.oxygene);
		ProjectFilter bySector = new ProjectFilter();
		bySector.setSecteur(" commerce ");
		assertThat(this.gallery.page(bySector).projects()).containsExactly(this.cevennes);
		ProjectGallery.GalleryPage page = this.gallery.page(new ProjectFilter());
		assertThat(page.departments()).containsExactly(structure, energies);
		assertThat(page.sectors()).containsExactly("Bureaux", "Commerce");
	}

	@Test
	void onlyTheSectorsAndDepartmentsInUseAreOffered() {
		given(this.repository.findByPublishedTrueOrderByPositionAscIdAsc())
			.willReturn(List.of(this.polygone, this.oxygene));
		ProjectGallery.GalleryPage page = this.gallery.page(new ProjectFilter());
		assertThat(page.departments()).isEmpty();
		assertThat(page.sectors()).isEmpty();
	}

	@Test
	void relatedProjectsShareADepartmentOrTheSectorThoseSharingMostFirst() {
		Department structure = department(1L, "structure", 10);
		Department energies = department(2L, "energies", 20);
		ReflectionTestUtils.setField(this.polygone, "id", 11L);
		ReflectionTestUtils.setField(this.oxygene, "id", 12L);
		ReflectionTestUtils.setField(this.cevennes, "id", 13L);
		this.oxygene.setDepartments(Set.of(structure, energies));
		this.oxygene.setSector("Bureaux");
		this.polygone.setDepartments(Set.of(structure));
		this.cevennes.setDepartments(Set.of(structure, energies));
		this.cevennes.setSector("Bureaux");
		given(this.repository.findByPublishedTrueOrderByPositionAscIdAsc())
			.willReturn(List.of(this.polygone, this.oxygene, this.cevennes));
		assertThat(this.gallery.related(this.oxygene, 3)).containsExactly(this.cevennes, this.polygone);
		assertThat(this.gallery.related(this.oxygene, 1)).containsExactly(this.cevennes);
		Project alone = project("Nouvelle Vague", "Palavas-les-Flots", 2010, 2012);
		ReflectionTestUtils.setField(alone, "id", 14L);
		assertThat(this.gallery.related(alone, 3)).isEmpty();
	}

	@Test
	void aViewFilteredOnOneCriterionKeepsItInItsCanonicalAddressACombinationDoesNot() {
		ProjectFilter filter = new ProjectFilter();
		assertThat(filter.singleFilterQuery()).isEmpty();
		filter.setSecteur("Équipements sportifs");
		assertThat(filter.singleFilterQuery()).contains("secteur=%C3%89quipements+sportifs");
		filter.setVille("Montpellier");
		assertThat(filter.singleFilterQuery()).isEmpty();
	}

	static Department department(long id, String slug, int position) {
		Department department = new Department(slug, slug, slug, slug, "<p>" + slug + "</p>", position);
		ReflectionTestUtils.setField(department, "id", id);
		return department;
	}

	static Project project(String name, String city, int start, int end) {
		return new Project(name.toLowerCase().replace(' ', '-'), name, city, "Client", "Architecte", start, end, 10);
	}

}
