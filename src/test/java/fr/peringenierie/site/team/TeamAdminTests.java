package fr.peringenierie.site.team;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's trades and headcounts, edited in the back office.
 */
@SiteIntegrationTest
@Transactional
class TeamAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	TeamRoleRepository roles;

	@Test
	void teamHeadcountsChangeTheComputedTotal() {
		TeamRole projectors = this.roles.findAllByOrderByPosition().get(2);
		assertThat(this.staff.post("/admin/equipe/" + projectors.getId())
			.param("label", "projeteurs")
			.param("headcount", "17")
			.param("version", Long.toString(projectors.getVersion()))).hasStatus(HttpStatus.FOUND);
		this.staff.post("/admin/equipe").param("label", "stagiaires").param("headcount", "2").exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/equipe")).bodyText()
			.contains("<span class=\"team-total__value\">34</span>", "stagiaires");
		assertThat(this.staff.post("/admin/equipe").param("label", "").param("headcount", "-1"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("L’effectif ne peut pas être négatif.", "Saisissez le métier");
	}

}
