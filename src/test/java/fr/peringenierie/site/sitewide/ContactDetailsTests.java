package fr.peringenierie.site.sitewide;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding and calling the firm: the head office and the Toulouse agency, their phones,
 * e-mails and map links and the opening hours, on the contact page and in the footer, as
 * staff fill them in; none of it is in the brochure, so none of it is shown before.
 */
@SiteIntegrationTest
@Transactional
class ContactDetailsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	SiteSettingRepository settings;

	@Test
	void nothingIsShownOrInventedUntilStaffFillTheDetailsIn() {
		for (String page : new String[] { "/contact", "/", "/equipe" }) {
			assertThat(this.mvc.get().uri(page)).hasStatusOk()
				.bodyText()
				.doesNotContain("Nous joindre", "Plan d’accès", "Horaires d’ouverture", "tel:", "mailto:", "compléter");
		}
	}

	@Test
	void bothOfficesWithTheirPhonesMapLinksAndHoursAreOnTheContactPageAndInTheFooter() throws Exception {
		assertThat(withValues(this.staff.post("/admin/parametres/groupe/coordonnees"), "company.address",
				"12 rue de la Loge\n34000 Montpellier", "company.phone", "04 67 12 34 56", "company.email",
				"contact@per-ingenierie.fr", "company.map-url",
				"https://www.openstreetmap.org/?mlat=43.6108&mlon=3.8767#map=18/43.6108/3.8767", "company.hours",
				"Du lundi au vendredi\n8 h 30 – 12 h 30 et 14 h – 18 h", "agency.address",
				"5 allée Jean Jaurès\n31000 Toulouse", "agency.phone", "05 61 12 34 56", "agency.email",
				"toulouse@technib.fr"))
			.hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		for (String page : new String[] { "/contact", "/", "/realisations" }) {
			assertThat(this.mvc.get().uri(page)).bodyText()
				.contains("Nous joindre", "Siège, Montpellier", "12 rue de la Loge", "href=\"tel:+33467123456\"",
						"04 67 12 34 56", "href=\"mailto:contact@per-ingenierie.fr\"", "TECHNIB, agence de Toulouse",
						"5 allée Jean Jaurès", "href=\"tel:+33561123456\"", "05 61 12 34 56",
						"href=\"mailto:toulouse@technib.fr\"",
						"href=\"https://www.openstreetmap.org/?mlat=43.6108&amp;mlon=3.8767#map=18/43.6108/3.8767\"",
						"Plan d’accès", "Horaires d’ouverture", "8 h 30 – 12 h 30 et 14 h – 18 h");
		}
		// The map is a link to another site: no third-party frame, tile or script on the
		// page.
		assertThat(this.mvc.get().uri("/contact")).bodyText()
			.doesNotContain("<iframe")
			.doesNotContainPattern("<script src=\"(?!/js/)");
		// The legal notice names the publisher, not the agency or the hours (the footer
		// below it has them, as on every page).
		String legalNotice = this.mvc.get().uri("/mentions-legales").exchange().getResponse().getContentAsString();
		assertThat(legalNotice.substring(legalNotice.indexOf("<main"), legalNotice.indexOf("</main>")))
			.contains("12 rue de la Loge")
			.doesNotContain("Jean Jaurès", "8 h 30", "openstreetmap");
	}

	@Test
	void anAgencyGivenOnlyAPhoneIsShownWithItAlone() {
		assertThat(
				withValues(this.staff.post("/admin/parametres/groupe/coordonnees"), "agency.phone", "05 61 12 34 56"))
			.hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(this.mvc.get().uri("/contact")).bodyText()
			.contains("TECHNIB, agence de Toulouse", "href=\"tel:+33561123456\"")
			.doesNotContain("Siège, Montpellier", "Plan d’accès", "Horaires d’ouverture");
	}

	@Test
	void aMapLinkMustBeAWebAddress() {
		assertThat(withValues(this.staff.post("/admin/parametres/groupe/coordonnees"), "agency.map-url",
				"javascript:alert(1)"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Rien n’a été enregistré");
	}

	private MockMvcRequestBuilder withValues(MockMvcRequestBuilder request, String... codesAndValues) {
		for (int i = 0; i < codesAndValues.length; i += 2) {
			SiteSetting setting = this.settings.findByCode(codesAndValues[i]).orElseThrow();
			request = request.param("values[" + setting.getId() + "]", codesAndValues[i + 1])
				.param("versions[" + setting.getId() + "]", Long.toString(setting.getVersion()));
		}
		return request;
	}

}
