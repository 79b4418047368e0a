package fr.peringenierie.site.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site map people can read, linked from every page's footer; the XML one stays for
 * search engines.
 */
@SiteIntegrationTest
class SiteMapPageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyPageIsListedByItsNameAndTheFooterLinksToThisPage() {
		assertThat(this.mvc.get().uri("/plan-du-site")).hasStatusOk()
			.bodyText()
			.contains("<h1 class=\"page__title\">Plan du site</h1>", "href=\"/edito\"", "href=\"/histoire\"",
					"href=\"/equipe\"", "href=\"/moyens-techniques\"", "Département Structure",
					"href=\"/departements/energies\"", "href=\"/departements/moe\"", "href=\"/departements/amo\"",
					"href=\"/realisations\"", "href=\"/contact\"", "href=\"/mentions-legales\"",
					"href=\"/confidentialite\"");
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("<a href=\"/plan-du-site\">Plan du site</a>")
			.doesNotContain("href=\"/sitemap.xml\"");
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk().bodyText().contains("/plan-du-site");
	}

	@Test
	void everyPublishedProjectIsListed() throws Exception {
		String gallery = this.mvc.get().uri("/realisations").exchange().getResponse().getContentAsString();
		String siteMap = this.mvc.get().uri("/plan-du-site").exchange().getResponse().getContentAsString();
		Matcher projects = Pattern.compile("href=\"(/realisations/[a-z0-9-]+)\"").matcher(gallery);
		int count = 0;
		while (projects.find()) {
			assertThat(siteMap).contains("href=\"" + projects.group(1) + "\"");
			count++;
		}
		assertThat(count).isGreaterThan(5);
	}

}
