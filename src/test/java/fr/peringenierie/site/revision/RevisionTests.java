package fr.peringenierie.site.revision;

import java.util.List;
import java.util.Map;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import fr.peringenierie.site.company.Milestone;
import fr.peringenierie.site.company.MilestoneRepository;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.project.ProjectRepository;
import fr.peringenierie.site.team.TeamRole;
import fr.peringenierie.site.team.TeamRoleRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every publish keeps a revision (who, when, what); a revision is compared word by word
 * with the version online and restored, which itself becomes a revision; only the last 50
 * per item are kept. Each request commits, as on the running site.
 */
@SiteIntegrationTest
class RevisionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	ProjectRepository projects;

	@Autowired
	MilestoneRepository milestones;

	@Autowired
	TeamRoleRepository teamRoles;

	@Autowired
	JdbcTemplate jdbc;

	Project doramar;

	Milestone founding;

	TeamRole role;

	List<Map<String, Object>> rolePositions;

	@Autowired
	RevisionBaseline baseline;

	@BeforeEach
	void remember() {
		this.jdbc.update("delete from revision");
		this.rolePositions = this.jdbc.queryForList("select id, position from team_role");
		this.doramar = this.projects.findBySlug("doramar").orElseThrow();
		this.founding = this.milestones.findAllByOrderByPosition().get(0);
		this.role = this.teamRoles.findAllByOrderByPosition().get(0);
	}

	@AfterEach
	void putBack() {
		this.jdbc.update("update project set name = ?, city = ?, description = ? where id = ?", this.doramar.getName(),
				this.doramar.getCity(), this.doramar.getDescription(), this.doramar.getId());
		this.jdbc.update("update milestone set body = ? where id = ?", this.founding.getBody(), this.founding.getId());
		this.jdbc.update("update team_role set headcount = ? where id = ?", this.role.getHeadcount(),
				this.role.getId());
		this.rolePositions.forEach((saved) -> this.jdbc.update("update team_role set position = ? where id = ?",
				saved.get("position"), saved.get("id")));
		this.jdbc.update("delete from revision");
		this.jdbc.update("delete from audit_entry");
	}

	@Test
	void aProjectsRevisionsAreComparedAndAnOldOneIsRestored() {
		saveProject("Résidence DoraMar", "Montpellier");
		saveProject("Résidence DoraMar Sud", "Sète");
		List<Long> revisions = revisionIds("Project", this.doramar.getId());
		assertThat(revisions).hasSize(2);

		String history = "/admin/historique/realisation/" + this.doramar.getId();
		assertThat(this.staff.get(history)).hasStatusOk()
			.bodyText()
			.contains("Historique de « Résidence DoraMar Sud »", "(en ligne)", "chef");
		long first = revisions.get(1);
		assertThat(this.staff.get(history + "/" + first)).hasStatusOk()
			.bodyText()
			.contains("<span>Résidence DoraMar</span><ins> Sud</ins>")
			.contains("<del>Montpellier</del><ins>Sète</ins>")
			.contains("Restaurer cette version");

		long version = this.projects.findById(this.doramar.getId()).orElseThrow().getVersion();
		assertThat(this.staff.post(history + "/" + first + "/restaurer").param("version", Long.toString(version)))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("success");
		assertThat(this.mvc.get().uri("/realisations/doramar")).bodyText()
			.contains("Résidence DoraMar", "Montpellier")
			.doesNotContain("Sète");
		assertThat(revisionIds("Project", this.doramar.getId())).hasSize(3);
		assertThat(this.staff.get("/admin/journal")).bodyText().contains("Restauration d’une version");
	}

	/**
	 * Restoring goes through the update « Publier » runs: a script slipped into a stored
	 * version is cleaned away like one typed in the form.
	 */
	@Test
	void aRestoredVersionIsCleanedLikeATypedOne() {
		saveProject("Résidence DoraMar", "Montpellier");
		saveProject("Résidence DoraMar Sud", "Sète");
		long first = revisionIds("Project", this.doramar.getId()).get(1);
		String data = this.jdbc.queryForObject("select data from revision where id = ?", String.class, first);
		this.jdbc.update("update revision set data = ? where id = ?",
				data.replaceFirst("\"description\":(null|\"[^\"]*\")",
						"\"description\":\"<p>Béton.</p><script>alert(1)</script>\""),
				first);
		long version = this.projects.findById(this.doramar.getId()).orElseThrow().getVersion();
		assertThat(this.staff.post("/admin/historique/realisation/" + this.doramar.getId() + "/" + first + "/restaurer")
			.param("version", Long.toString(version))).hasStatus(HttpStatus.FOUND);
		assertThat(this.projects.findById(this.doramar.getId()).orElseThrow().getDescription())
			.isEqualTo("<p>Béton.</p>");
		assertThat(this.mvc.get().uri("/realisations/doramar")).bodyText().doesNotContain("<script>alert");
	}

	@Test
	void theBrochuresTextIsTheFirstVersionOfEveryItem() {
		assertThat(this.baseline.recordMissing()).isGreaterThan(50);
		assertThat(this.baseline.recordMissing()).isZero();
		saveProject("DoraMar, résidence", "Montpellier");
		List<Long> revisions = revisionIds("Project", this.doramar.getId());
		assertThat(revisions).hasSize(2);
		assertThat(this.staff.get("/admin/historique/realisation/" + this.doramar.getId())).bodyText()
			.contains("version d’origine");
		assertThat(this.staff.get("/admin/historique/realisation/" + this.doramar.getId() + "/" + revisions.get(1)))
			.bodyText()
			.contains("<span>DoraMar</span><ins>, résidence</ins>");
	}

	@Test
	void aRestoreOnContentChangedMeanwhileChangesNothing() {
		saveProject("Résidence DoraMar", "Montpellier");
		long first = revisionIds("Project", this.doramar.getId()).get(0);
		long shown = this.projects.findById(this.doramar.getId()).orElseThrow().getVersion();
		saveProject("DoraMar, par quelqu’un d’autre", "Montpellier");

		assertThat(this.staff.post("/admin/historique/realisation/" + this.doramar.getId() + "/" + first + "/restaurer")
			.param("version", Long.toString(shown))).hasStatus(HttpStatus.FOUND)
			.flash()
			.extractingByKey("failure")
			.asString()
			.contains("modifié entre-temps");
		assertThat(this.projects.findById(this.doramar.getId()).orElseThrow().getName())
			.isEqualTo("DoraMar, par quelqu’un d’autre");
	}

	@Test
	void aRichTextIsComparedWordByWord() {
		String body = this.founding.getBody();
		String changed = body.replaceFirst("Montpellier", "Castelnau-le-Lez");
		assertThat(changed).isNotEqualTo(body);
		assertThat(this.staff.post("/admin/histoire/" + this.founding.getId())
			.param("periodLabel", this.founding.getPeriodLabel())
			.param("title", this.founding.getTitle())
			.param("body", changed)
			.param("version", Long.toString(this.founding.getVersion()))).hasStatus(HttpStatus.FOUND);
		assertThat(this.staff.post("/admin/histoire/" + this.founding.getId())
			.param("periodLabel", this.founding.getPeriodLabel())
			.param("title", this.founding.getTitle())
			.param("body", body)
			.param("version", Long.toString(this.founding.getVersion() + 1))).hasStatus(HttpStatus.FOUND);
		long withCastelnau = revisionIds("Milestone", this.founding.getId()).get(1);

		assertThat(this.staff.get("/admin/historique/etape/" + this.founding.getId() + "/" + withCastelnau)).bodyText()
			.contains("<del>Castelnau-le-Lez</del><ins>Montpellier</ins>")
			.doesNotContain("&lt;p&gt;");
	}

	@Test
	void onlyTheLastFiftyRevisionsOfAnItemAreKept() {
		for (int i = 1; i <= 55; i++) {
			long version = this.teamRoles.findById(this.role.getId()).orElseThrow().getVersion();
			assertThat(this.staff.post("/admin/equipe/" + this.role.getId())
				.param("label", this.role.getLabel())
				.param("headcount", Integer.toString(100 + i))
				.param("version", Long.toString(version))).hasStatus(HttpStatus.FOUND);
		}
		List<Long> kept = revisionIds("TeamRole", this.role.getId());
		assertThat(kept).hasSize(RevisionRecorder.KEPT);
		String newest = this.jdbc.queryForObject("select data from revision where id = ?", String.class, kept.get(0));
		assertThat(newest).contains("155");
	}

	@Test
	void onlyTrackedFieldsMakeARevision() {
		long version = this.teamRoles.findById(this.role.getId()).orElseThrow().getVersion();
		this.staff.post("/admin/equipe/" + this.role.getId() + "/descendre")
			.param("version", Long.toString(version))
			.exchange();
		assertThat(this.teamRoles.findAllByOrderByPosition().get(1).getId()).isEqualTo(this.role.getId());
		assertThat(revisionIds("TeamRole", this.role.getId())).isEmpty();
	}

	private void saveProject(String name, String city) {
		Project current = this.projects.findById(this.doramar.getId()).orElseThrow();
		assertThat(this.staff.post("/admin/realisations/" + current.getId())
			.param("name", name)
			.param("slug", current.getSlug())
			.param("city", city)
			.param("client", current.getClient())
			.param("architect", current.getArchitect())
			.param("startYear", Integer.toString(current.getStartYear()))
			.param("endYear", Integer.toString(current.getEndYear()))
			.param("published", "true")
			.param("version", Long.toString(current.getVersion()))).hasStatus(HttpStatus.FOUND);
	}

	private List<Long> revisionIds(String type, long id) {
		return this.jdbc.queryForList("select id from revision where item_type = ? and item_id = ? order by id desc",
				Long.class, type, id);
	}

}
