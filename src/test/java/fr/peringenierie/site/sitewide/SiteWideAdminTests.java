package fr.peringenierie.site.sitewide;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Page texts and company details edited in the back office; reserved settings for
 * administrators.
 */
@SiteIntegrationTest
@Transactional
class SiteWideAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	PageTextRepository texts;

	@Autowired
	SiteSettingRepository settings;

	@Test
	void pageTextsAndCompanyDetailsAreEdited() {
		var tagline = this.texts.findAllByOrderByPosition()
			.stream()
			.filter((t) -> t.getCode().equals("home.tagline"))
			.findFirst()
			.orElseThrow();
		this.staff.post("/admin/textes/" + tagline.getId())
			.param("value", "Une réponse globale, un interlocuteur unique")
			.param("version", Long.toString(tagline.getVersion()))
			.exchange();
		SiteSetting phone = this.settings.findByCode("company.phone").orElseThrow();
		this.staff.post("/admin/parametres/" + phone.getId())
			.param("value", "04 67 00 00 00")
			.param("version", Long.toString(phone.getVersion()))
			.exchange();
		this.staff.flush();
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("Une réponse globale, un interlocuteur unique", "04 67 00 00 00");
		assertThat(this.mvc.get().uri("/mentions-legales")).bodyText().contains("04 67 00 00 00");
	}

	@Test
	void restrictedSettingsAreForAdministratorsOnly() {
		SiteSetting restricted = this.settings
			.save(new SiteSetting("test.restricted", "Réglage réservé", "avant", 999, true));
		this.staff.flush();
		assertThat(this.mvc.post()
			.uri("/admin/parametres/" + restricted.getId())
			.param("value", "après")
			.param("version", "0")
			.with(user("redac").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/parametres/" + restricted.getId())
			.param("value", "après")
			.param("version", "0")
			.with(user("chef").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
	}

}
