package fr.peringenierie.site.admin;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.peringenierie.site.AdminPages;
import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Staff read French on every screen of the back office, including when what they sent is
 * wrong: never a Java class name, never an English error.
 */
@SiteIntegrationTest
class AdminLanguageTests {

	static final Pattern NOT_FOR_STAFF = Pattern
		.compile("(?i)\\b(exception|java\\.[a-z]|org\\.(springframework|hibernate|eclipse)|stack ?trace|whitelabel|"
				+ "bad request|not found|internal server error|failed to|forbidden|null)\\b");

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyScreenSpeaksFrench() {
		List<String> problems = new ArrayList<>();
		for (String page : AdminPages.ALL) {
			check(page, this.mvc.get().uri(page).with(user("chef").roles("ADMIN")).exchange(), problems);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void mistakesAreAnsweredInFrenchWithAClientErrorStatus() {
		List<String> problems = new ArrayList<>();
		for (String page : List.of("/admin/realisations/999999", "/admin/parametres/groupe/inconnu",
				"/admin/historique/inconnu/1", "/admin/histoire/pas-un-nombre")) {
			MvcTestResult result = this.mvc.get().uri(page).with(user("chef").roles("ADMIN")).exchange();
			assertThat(result.getResponse().getStatus()).as(page).isBetween(400, 499);
			check(page, result, problems);
		}
		MvcTestResult move = this.mvc.post()
			.uri("/admin/histoire/1/deplacer")
			.param("version", "0")
			.param("from", "premier")
			.param("position", "1")
			.with(user("chef").roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(move.getResponse().getStatus()).isBetween(400, 499);
		check("déplacement", move, problems);
		assertThat(problems).isEmpty();
	}

	private static void check(String page, MvcTestResult result, List<String> problems) {
		try {
			String body = result.getResponse().getContentAsString();
			var matcher = NOT_FOR_STAFF.matcher(body.replaceAll("<[^>]*>", " "));
			if (matcher.find()) {
				problems.add(page + " : « " + matcher.group() + " »");
			}
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
