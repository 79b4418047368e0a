package fr.peringenierie.site.quality;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.peringenierie.site.SampleContent;
import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.careers.JobOfferEditor;
import fr.peringenierie.site.news.NewsEditor;
import fr.peringenierie.site.web.PublicPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a fresh installation (no phone number, no e-mail address, nobody to notify), no
 * public page says to call, that a request is passed on to the team, or points to an
 * address « ci-dessus »; once they are set, the pages say so.
 */
@SiteIntegrationTest
class NoFalsePromisesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PublicPages publicPages;

	@Autowired
	NewsEditor news;

	@Autowired
	JobOfferEditor offers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void freshAgain() {
		this.jdbc.update("update site_setting set setting_value = null where code in "
				+ "('company.phone', 'company.email', 'contact.recipient', 'contact.response-time')");
		this.jdbc.update("delete from job_offer");
		this.jdbc.update("delete from news_post");
	}

	@Test
	void aFreshInstallationPromisesNothingItCannotKeep() {
		this.transactions.executeWithoutResult((status) -> {
			SampleContent.publishedPost(this.news);
			SampleContent.openOffer(this.offers, LocalDate.now().plusDays(10));
		});
		List<String> broken = new ArrayList<>();
		for (String page : pages()) {
			String text = visibleText(page).toLowerCase(Locale.ROOT);
			for (String promise : List.of("appelez", "appeler", "transmise à l’équipe", "transmise directement",
					"ci-dessus", "sous 48")) {
				if (text.contains(promise)) {
					broken.add(page + " : « " + promise + " »");
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void onceTheFirmIsReachableThePagesSaySo() {
		this.jdbc.update("update site_setting set setting_value = '0467123456' where code = 'company.phone'");
		this.jdbc.update(
				"update site_setting set setting_value = 'contact@per-ingenierie.test' where code = 'company.email'");
		this.jdbc.update(
				"update site_setting set setting_value = 'equipe@per-ingenierie.test' where code = 'contact.recipient'");
		this.jdbc.update(
				"update site_setting set setting_value = 'sous deux jours ouvrés' where code = 'contact.response-time'");
		assertThat(visibleText("/contact")).contains("transmise à l’équipe");
		assertThat(visibleText("/contact/merci")).contains("transmise", "appelez-nous au 04 67 12 34 56",
				"sous deux jours ouvrés");
		assertThat(visibleText("/confidentialite")).contains("écrivez-nous à contact@per-ingenierie.test");
	}

	/** Every public page, with an example for each variable, and the thank-you pages. */
	private List<String> pages() {
		List<String> pages = new ArrayList<>();
		for (String pattern : this.publicPages.patterns()) {
			if (pattern.endsWith(".xml") || pattern.endsWith(".txt")) {
				continue;
			}
			pages.add(pattern.replace("/departements/{slug}", "/departements/structure")
				.replace("/realisations/{slug}", "/realisations/doramar")
				.replace("/actualites/{slug}", "/actualites/" + SampleContent.POST_SLUG)
				.replace("/recrutement/{slug}", "/recrutement/" + SampleContent.OFFER_SLUG));
		}
		return pages;
	}

	private String visibleText(String page) {
		String html = new String(this.mvc.get().uri(page).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		return html.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<[^>]+>", " ")
			.replace("&nbsp;", " ")
			.replace('\u00a0', ' ')
			.replace('\u202f', ' ')
			.replaceAll("\\s+", " ");
	}

}
