package fr.peringenierie.site.tooling;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Software categories and tools, edited in the back office.
 */
@SiteIntegrationTest
@Transactional
class ToolingAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	ToolCategoryRepository toolCategories;

	@Test
	void softwareCategoriesAndToolsAreEdited() {
		assertThat(this.staff.post("/admin/moyens-techniques").param("label", "Maquette numérique BIM"))
			.hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		ToolCategory bim = this.toolCategories.findAllWithTools()
			.stream()
			.filter((c) -> c.getName().equals("Maquette numérique BIM"))
			.findFirst()
			.orElseThrow();
		this.staff.post("/admin/moyens-techniques/" + bim.getId() + "/logiciels").param("label", "TEKLA").exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/moyens-techniques")).bodyText().contains("Maquette numérique BIM", "TEKLA");
		this.staff.post("/admin/moyens-techniques/" + bim.getId() + "/supprimer")
			.param("version", Long.toString(bim.getVersion()))
			.exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/moyens-techniques")).bodyText().doesNotContain("TEKLA");
	}

}
