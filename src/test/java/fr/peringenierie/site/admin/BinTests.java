package fr.peringenierie.site.admin;

import java.time.Duration;
import java.time.Instant;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentRepository;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.project.ProjectRepository;
import fr.peringenierie.site.team.TeamRoleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Deleting asks first, then moves the item to the bin with everything it holds; it comes
 * back whole, or goes for good after 30 days; nobody deletes or moves what someone else
 * has just changed.
 */
@SiteIntegrationTest
@Transactional
class BinTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	ProjectRepository projects;

	@Autowired
	TeamRoleRepository teamRoles;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Bin bin;

	@Test
	void aDepartmentGoesToTheBinWithItsSectionsAndComesBackWhole() {
		Department energies = this.departments.findWithSectionsBySlug("energies").orElseThrow();
		long id = energies.getId();
		int sections = countRows("department_section where department_id = " + id);
		int items = countRows(
				"section_item where section_id in (select id from department_section where department_id = " + id
						+ ")");
		assertThat(sections).isPositive();
		assertThat(items).isPositive();

		assertThat(this.staff.get("/admin/departements/" + id + "/supprimer")).hasStatusOk()
			.bodyText()
			.contains("Supprimer « Énergies » ?", "avec ses 6 section(s) et leurs éléments", "pendant 30 jours");
		assertThat(this.staff.post("/admin/departements/" + id + "/supprimer")
			.param("version", Long.toString(energies.getVersion()))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("success", "« Énergies » est dans la corbeille : vous pouvez l’en sortir pendant 30 jours.");
		this.staff.flush();

		assertThat(this.mvc.get().uri("/departements/energies")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/departements")).bodyText().doesNotContain("/departements/energies");
		assertThat(this.staff.get("/admin/departements")).bodyText().doesNotContain("Énergies");
		assertThat(this.staff.get("/admin/corbeille")).hasStatusOk()
			.bodyText()
			.contains("Le département « Énergies »", "par chef");
		assertThat(countRows("department_section where department_id = " + id)).isEqualTo(sections);

		long version = this.jdbc.queryForObject("select version from department where id = ?", Long.class, id);
		assertThat(this.staff.post("/admin/corbeille/departements/" + id + "/restaurer")
			.param("version", Long.toString(version))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("success", "« Énergies » est sorti de la corbeille, avec tout ce qu’il contenait.");
		this.staff.flush();

		assertThat(this.mvc.get().uri("/departements/energies")).hasStatusOk();
		assertThat(
				countRows("section_item where section_id in (select id from department_section where department_id = "
						+ id + ")"))
			.isEqualTo(items);
		assertThat(this.staff.get("/admin/corbeille")).bodyText().contains("La corbeille est vide.");
		assertThat(this.staff.get("/admin/journal")).bodyText()
			.contains("Mise à la corbeille", "Restauration depuis la corbeille");
	}

	@Test
	void aBinnedProjectLeavesTheGalleryAndItsAddressCannotBeTakenMeanwhile() {
		Project doramar = this.projects.findBySlug("doramar").orElseThrow();
		this.staff.post("/admin/realisations/" + doramar.getId() + "/supprimer")
			.param("version", Long.toString(doramar.getVersion()))
			.exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/realisations/doramar")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/realisations")).bodyText().doesNotContain("DoraMar");

		assertThat(this.staff.post("/admin/realisations/nouvelle")
			.param("name", "Autre DoraMar")
			.param("slug", "doramar")
			.param("city", "Montpellier")
			.param("client", "x")
			.param("architect", "x")
			.param("startYear", "2020")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cette adresse est celle d’une réalisation de la corbeille");
	}

	@Test
	void anItemChangedSinceTheListWasShownIsNeitherDeletedNorMoved() {
		var role = this.teamRoles.findAllByOrderByPosition().get(1);
		long shown = role.getVersion();
		// Someone else renames it meanwhile.
		this.staff.post("/admin/equipe/" + role.getId())
			.param("label", "Ingénieurs structure")
			.param("headcount", "7")
			.param("version", Long.toString(shown))
			.exchange();
		this.staff.flush();

		assertThat(
				this.staff.post("/admin/equipe/" + role.getId() + "/supprimer").param("version", Long.toString(shown)))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.extractingByKey("failure")
			.asString()
			.contains("modifié entre-temps par quelqu’un d’autre");
		assertThat(this.staff.post("/admin/equipe/" + role.getId() + "/monter").param("version", Long.toString(shown)))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.extractingByKey("failure")
			.asString()
			.contains("modifié ou déplacé entre-temps");
		this.staff.flush();
		var roles = this.teamRoles.findAllByOrderByPosition();
		assertThat(roles.get(1).getId()).isEqualTo(role.getId());
		assertThat(roles.get(1).getLabel()).isEqualTo("Ingénieurs structure");
		assertThat(this.mvc.get().uri("/equipe")).bodyText().contains("Ingénieurs structure");
	}

	@Test
	void whatStayedInTheBinForThirtyDaysIsPurgedWithItsChildren() {
		Department amo = this.departments.findWithSectionsBySlug("amo").orElseThrow();
		Department moe = this.departments.findWithSectionsBySlug("moe").orElseThrow();
		this.staff.post("/admin/departements/" + amo.getId() + "/supprimer")
			.param("version", Long.toString(amo.getVersion()))
			.exchange();
		this.staff.post("/admin/departements/" + moe.getId() + "/supprimer")
			.param("version", Long.toString(moe.getVersion()))
			.exchange();
		this.staff.flush();
		Instant now = Instant.now();
		this.jdbc.update("update department set binned_at = ? where id = ?",
				java.sql.Timestamp.from(now.minus(Duration.ofDays(31))), amo.getId());
		this.jdbc.update("update department set binned_at = ? where id = ?",
				java.sql.Timestamp.from(now.minus(Duration.ofDays(29))), moe.getId());

		assertThat(this.bin.purgeExpired()).isEqualTo(1);
		this.staff.flush();

		assertThat(countRows("department where id = " + amo.getId())).isZero();
		assertThat(countRows("department_section where department_id = " + amo.getId())).isZero();
		assertThat(countRows("department where id = " + moe.getId())).isOne();
		assertThat(this.staff.get("/admin/corbeille")).bodyText().contains("« MOE »").doesNotContain("« AMO »");
	}

	@Test
	void onlyAnAdministratorDeletesForGoodAfterSayingSo() {
		Project parking = this.projects.findBySlug("parking-saint-roch").orElseThrow();
		this.staff.post("/admin/realisations/" + parking.getId() + "/supprimer")
			.param("version", Long.toString(parking.getVersion()))
			.exchange();
		this.staff.flush();
		long version = this.jdbc.queryForObject("select version from project where id = ?", Long.class,
				parking.getId());
		String purge = "/admin/corbeille/realisations/" + parking.getId() + "/supprimer";

		assertThat(this.staff.get(purge)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.staff.post(purge).param("version", Long.toString(version))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri(purge).with(user("patron").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("effacés définitivement", "plus possible de les restaurer");
		assertThat(this.mvc.post()
			.uri(purge)
			.param("version", Long.toString(version))
			.with(user("patron").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(countRows("project where id = " + parking.getId())).isZero();
		assertThat(this.staff.post("/admin/corbeille/realisations/" + parking.getId() + "/restaurer")
			.param("version", Long.toString(version))).hasStatus(HttpStatus.NOT_FOUND);
	}

	private int countRows(String fromWhere) {
		return this.jdbc.queryForObject("select count(*) from " + fromWhere, Integer.class);
	}

}
