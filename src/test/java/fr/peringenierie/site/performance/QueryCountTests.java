package fr.peringenierie.site.performance;

import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.peringenierie.site.SampleContent;
import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.careers.JobOfferEditor;
import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentRepository;
import fr.peringenierie.site.department.DepartmentSection;
import fr.peringenierie.site.department.SectionItem;
import fr.peringenierie.site.news.NewsEditor;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.project.ProjectRepository;
import fr.peringenierie.site.team.TeamRole;
import fr.peringenierie.site.team.TeamRoleRepository;
import fr.peringenierie.site.tooling.Tool;
import fr.peringenierie.site.tooling.ToolCategory;
import fr.peringenierie.site.tooling.ToolCategoryRepository;
import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.RenderedPageCache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendering a public page costs a small, fixed number of SQL statements, whatever the
 * amount of content: no query per project, section, item or tool.
 */
@SiteIntegrationTest
@Transactional
class QueryCountTests {

	/**
	 * Most statements any public page may take to render: the home page, which shows a
	 * little of every feature (one statement each), takes the most.
	 */
	static final int MAX_STATEMENTS = 9;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	RenderedPageCache pageCache;

	@Autowired
	PublicPages publicPages;

	@Autowired
	ProjectRepository projects;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	TeamRoleRepository roles;

	@Autowired
	ToolCategoryRepository toolCategories;

	@Autowired
	NewsEditor news;

	@Autowired
	JobOfferEditor offers;

	@BeforeEach
	void aPostAndAnOffer() {
		SampleContent.publishedPost(this.news);
		SampleContent.openOffer(this.offers, LocalDate.now().plusDays(30));
	}

	@Test
	void eachPageTakesAFewStatementsWhateverTheAmountOfContent() {
		Map<String, Long> before = countAll();
		before.forEach((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(MAX_STATEMENTS));
		addLotsOfContent();
		assertThat(countAll()).isEqualTo(before);
	}

	@Test
	void aCachedPageCostsNoEntityQueryAtAll() {
		count("/departements/structure");
		Statistics statistics = statistics();
		statistics.clear();
		this.mvc.get().uri("/departements/structure").exchange();
		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void responsesThatAreNotPagesCostNoLayoutQuery() {
		assertThat(count("/robots.txt")).isZero();
	}

	private Map<String, Long> countAll() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : pages()) {
			counts.put(page, count(page));
		}
		return counts;
	}

	/**
	 * Every public page, as the handlers declare them, with an example for each variable.
	 */
	private List<String> pages() {
		List<String> pages = this.publicPages.patterns()
			.stream()
			.map((pattern) -> pattern.replace("/departements/{slug}", "/departements/structure")
				.replace("/realisations/{slug}", "/realisations/doramar")
				.replace("/actualites/{slug}", "/actualites/" + SampleContent.POST_SLUG)
				.replace("/recrutement/{slug}", "/recrutement/" + SampleContent.OFFER_SLUG))
			.toList();
		assertThat(pages).as("un exemple pour chaque variable").noneMatch((page) -> page.contains("{"));
		return pages;
	}

	private long count(String page) {
		this.entityManager.flush();
		this.entityManager.clear();
		this.pageCache.clear();
		Statistics statistics = statistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(page)).as(page).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	private void addLotsOfContent() {
		for (int i = 0; i < 40; i++) {
			this.projects.save(new Project("projet-" + i, "Projet " + i, "Ville " + (i % 7), "Client", "Architecte",
					2000 + i % 20, 2001 + i % 20, 1000 + i));
			this.roles.save(new TeamRole("métier " + i, 1, 1000 + i));
		}
		Department structure = this.departments.findWithSectionsBySlug("structure").orElseThrow();
		for (int s = 0; s < 10; s++) {
			DepartmentSection section = new DepartmentSection("Section " + s, "Accroche", "<p>Texte</p>", 1000 + s);
			for (int i = 0; i < 25; i++) {
				section.addItem(new SectionItem("Élément " + i, i));
			}
			structure.addSection(section);
		}
		for (int c = 0; c < 10; c++) {
			ToolCategory category = new ToolCategory("Catégorie " + c, 1000 + c);
			for (int t = 0; t < 8; t++) {
				category.addTool(new Tool("LOGICIEL " + t, t));
			}
			this.toolCategories.save(category);
		}
	}

	private Statistics statistics() {
		return this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

}
