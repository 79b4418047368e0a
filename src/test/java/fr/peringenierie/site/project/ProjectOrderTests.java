package fr.peringenierie.site.project;

import java.util.List;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last project goes to the top of the gallery in one step, from a form that works
 * without JavaScript.
 */
@SiteIntegrationTest
@Transactional
class ProjectOrderTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	ProjectRepository projects;

	@Test
	void theLastProjectMovesToTheTopInOneStep() {
		List<Project> ordered = this.projects.findAllByOrderByPositionAscIdAsc();
		Project last = ordered.get(ordered.size() - 1);
		assertThat(this.staff.get("/admin/realisations")).bodyText()
			.contains("action=\"/admin/realisations/" + last.getId() + "/deplacer\"",
					"Nouvelle position de « " + last.getName() + " » (1 à " + ordered.size() + ")");
		assertThat(this.staff.post("/admin/realisations/" + last.getId() + "/deplacer")
			.param("version", Long.toString(last.getVersion()))
			.param("from", Integer.toString(ordered.size()))
			.param("position", "1")).hasRedirectedUrl("/admin/realisations");
		this.staff.flush();
		List<Project> after = this.projects.findAllByOrderByPositionAscIdAsc();
		assertThat(after.get(0).getId()).isEqualTo(last.getId());
		assertThat(after.get(1).getId()).isEqualTo(ordered.get(0).getId());
		assertThat(after).hasSameSizeAs(ordered);
	}

	@Test
	void aPositionThatIsNotANumberMovesNothingAndSaysWhy() {
		Project first = this.projects.findAllByOrderByPositionAscIdAsc().get(0);
		assertThat(this.staff.post("/admin/realisations/" + first.getId() + "/deplacer")
			.param("version", Long.toString(first.getVersion()))
			.param("from", "1")
			.param("position", "en haut")).hasRedirectedUrl("/admin/realisations")
			.flash()
			.containsEntry("failure",
					"Indiquez la nouvelle position par un nombre, 1 pour la première place : rien n’a été déplacé.");
	}

	@Test
	void aStaleListMovesNothing() {
		List<Project> ordered = this.projects.findAllByOrderByPositionAscIdAsc();
		Project last = ordered.get(ordered.size() - 1);
		assertThat(this.staff.post("/admin/realisations/" + last.getId() + "/deplacer")
			.param("version", Long.toString(last.getVersion() - 1))
			.param("from", Integer.toString(ordered.size()))
			.param("position", "1")).flash().containsKey("failure");
		this.staff.flush();
		assertThat(this.projects.findAllByOrderByPositionAscIdAsc().get(0).getId()).isEqualTo(ordered.get(0).getId());
	}

}
