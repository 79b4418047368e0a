package fr.peringenierie.site.company;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of the history, added, edited, reordered and deleted in the back office.
 */
@SiteIntegrationTest
@Transactional
class HistoryAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	MilestoneRepository milestones;

	@Test
	void milestonesAreAddedEditedReorderedAndDeleted() {
		assertThat(this.staff.post("/admin/histoire/nouvelle")
			.param("periodLabel", "2030")
			.param("title", "Nouvelle agence")
			.param("body", "Ouverture d’une agence.")).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(this.mvc.get().uri("/histoire")).bodyText().contains(">2030<", "Nouvelle agence");
		var added = this.milestones.findAllByOrderByPosition().get(5);
		this.staff.post("/admin/histoire/" + added.getId() + "/monter")
			.param("version", Long.toString(added.getVersion()))
			.exchange();
		this.staff.flush();
		assertThat(this.milestones.findAllByOrderByPosition().get(4).getTitle()).isEqualTo("Nouvelle agence");
		this.staff.post("/admin/histoire/" + added.getId())
			.param("periodLabel", "2031")
			.param("title", "Agence de Nîmes")
			.param("body", "Texte")
			.param("version", Long.toString(added.getVersion()))
			.exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/histoire")).bodyText().contains("Agence de Nîmes", ">2031<");
		this.staff.post("/admin/histoire/" + added.getId() + "/supprimer")
			.param("version", Long.toString(this.milestones.findById(added.getId()).orElseThrow().getVersion()))
			.exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/histoire")).bodyText().doesNotContain("Agence de Nîmes");
	}

}
