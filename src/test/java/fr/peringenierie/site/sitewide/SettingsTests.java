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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Settings are edited in a few forms, each value checked for its type; public pages show
 * what is given and nothing else: no placeholder, no internal setting.
 */
@SiteIntegrationTest
@Transactional
class SettingsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	SiteSettingRepository settings;

	@Test
	void valuesThatWouldBreakTheSiteAreRefusedInFrenchAndNothingOfTheFormIsSaved() {
		assertThat(withValues(this.staff.post("/admin/parametres/groupe/coordonnees"), "company.address",
				"12 rue de la Loge\n34000 Montpellier", "company.phone", "appelez-nous !", "company.email",
				"pas-un-email"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Rien n’a été enregistré", "numéro de téléphone à 10 chiffres", "adresse e-mail complète",
					"appelez-nous !", "12 rue de la Loge");
		this.staff.flush();
		assertThat(setting("company.address").getValue()).isNull();
		assertThat(setting("company.phone").getValue()).isNull();

		SiteSetting year = setting("company.founded-year");
		assertThat(this.staff.post("/admin/parametres/" + year.getId())
			.param("value", "mille neuf cent")
			.param("version", "0")).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("année sur quatre chiffres");
		this.staff.flush();
		assertThat(setting("company.founded-year").getValue()).isEqualTo("1992");
	}

	@Test
	void thePhoneIsStoredOnceAndShownReadableWithACorrectTelLink() {
		assertThat(withValues(this.staff.post("/admin/parametres/groupe/coordonnees"), "company.address",
				"12 rue de la Loge\r\n34000 Montpellier", "company.phone", "+33 4.67.12.34.56", "company.email",
				"Contact@Per-Ingenierie.fr"))
			.hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(setting("company.phone").getValue()).isEqualTo("+33467123456");
		assertThat(this.mvc.get().uri("/mentions-legales")).bodyText()
			.contains("<a href=\"tel:+33467123456\">04 67 12 34 56</a>",
					"<a href=\"mailto:contact@per-ingenierie.fr\">contact@per-ingenierie.fr</a>", "34000 Montpellier");
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("href=\"tel:+33467123456\"", "<span>04 67 12 34 56</span>",
					"href=\"mailto:contact@per-ingenierie.fr\">contact@per-ingenierie.fr</a>", "34000 Montpellier");
		assertThat(this.mvc.get().uri("/")).bodyText().contains("\"telephone\":\"+33467123456\"");
	}

	@Test
	void publicPagesNeverShowAPlaceholderAndLeaveOutWhatIsUnknown() {
		assertThat(this.mvc.get().uri("/mentions-legales")).hasStatusOk()
			.bodyText()
			.contains("Éditeur du site", "PER INGÉNIERIE", "1992")
			.doesNotContain("compléter", "Forme juridique", "Hébergement", "Capital social");
		assertThat(this.mvc.get().uri("/confidentialite")).bodyText().doesNotContain("compléter");

		assertThat(this.staff.get("/admin/parametres/groupe/identite-legale")).hasStatusOk();
		assertThat(withValues(this.staff.post("/admin/parametres/groupe/identite-legale"), "company.legal-form", "SARL",
				"company.registration", "RCS Montpellier 732 829 320"))
			.hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(this.mvc.get().uri("/mentions-legales")).bodyText()
			.contains("Forme juridique", "SARL", "RCS Montpellier 732 829 320")
			.doesNotContain("compléter", "Capital social");
	}

	@Test
	void theNotificationAddressIsForAdministratorsAndNeverOnAPublicPage() {
		assertThat(this.staff.get("/admin/parametres/groupe/notifications")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(withValues(this.mvc.post()
			.uri("/admin/parametres/groupe/notifications")
			.with(user("chef").roles("ADMIN"))
			.with(csrf()), "contact.recipient", "equipe-interne@per-ingenierie.fr")).hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(setting("contact.recipient").getValue()).isEqualTo("equipe-interne@per-ingenierie.fr");
		for (String page : new String[] { "/", "/mentions-legales", "/confidentialite", "/contact", "/equipe" }) {
			assertThat(this.mvc.get().uri(page)).bodyText().doesNotContain("equipe-interne");
		}
		assertThat(this.staff.get("/admin/parametres")).bodyText()
			.contains("Coordonnées", "Identité légale et hébergement")
			.doesNotContain("equipe-interne", "Notifications");
	}

	/**
	 * After a conflict, « Enregistrer » pressed again does not overwrite the colleague's
	 * value: replacing it is the separate « Remplacer » button, against the version
	 * shown.
	 */
	@Test
	void aConflictIsResolvedByAChoiceNotBySavingAgain() {
		SiteSetting phone = setting("company.phone");
		long opened = phone.getVersion();
		phone.setValue("0467000001");
		this.staff.flush();
		long online = setting("company.phone").getVersion();

		String versionField = "versions[" + phone.getId() + "]";
		String onlineField = "onlineVersions[" + phone.getId() + "]";
		assertThat(phoneTyped(phone, opened)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Remplacer les valeurs en ligne par les miennes",
					"name=\"" + onlineField + "\" value=\"" + online + "\"",
					"name=\"" + versionField + "\" value=\"" + opened + "\"");
		// Pressed again: still refused.
		assertThat(phoneTyped(phone, opened).param(onlineField, Long.toString(online))).hasStatus(HttpStatus.CONFLICT);
		this.staff.flush();
		assertThat(setting("company.phone").getValue()).isEqualTo("0467000001");

		assertThat(phoneTyped(phone, opened).param(onlineField, Long.toString(online)).param("action", "remplacer"))
			.hasStatus(HttpStatus.FOUND);
		this.staff.flush();
		assertThat(setting("company.phone").getValue()).isEqualTo("+33467999999");
	}

	@Test
	void aValueSavedBeforeTypesWereCheckedIsFlaggedForCorrection() {
		SiteSetting email = setting("company.email");
		email.setValue("nimportequoi");
		this.staff.flush();
		assertThat(this.staff.get("/admin/parametres")).bodyText().contains("Valeur invalide : corrigez-la.");
	}

	/**
	 * The whole group form as the browser sends it, the phone typed anew over the version
	 * it was opened at.
	 */
	private MockMvcRequestBuilder phoneTyped(SiteSetting phone, long openedAt) {
		MockMvcRequestBuilder request = this.staff.post("/admin/parametres/groupe/" + phone.getGroup().getSlug());
		for (SiteSetting setting : this.settings.findAllByOrderByPosition()) {
			if (setting.getGroup() == phone.getGroup()) {
				boolean typed = setting.getId().equals(phone.getId());
				request = request
					.param("values[" + setting.getId() + "]",
							typed ? "04 67 99 99 99" : setting.getType().display(setting.getValue()))
					.param("versions[" + setting.getId() + "]", Long.toString(typed ? openedAt : setting.getVersion()));
			}
		}
		return request;
	}

	private SiteSetting setting(String code) {
		return this.settings.findByCode(code).orElseThrow();
	}

	/**
	 * A grouped settings form as the browser sends it: for each setting code, its typed
	 * value and the version it was read at.
	 */
	private MockMvcRequestBuilder withValues(MockMvcRequestBuilder request, String... codesAndValues) {
		for (int i = 0; i < codesAndValues.length; i += 2) {
			SiteSetting setting = setting(codesAndValues[i]);
			request = request.param("values[" + setting.getId() + "]", codesAndValues[i + 1])
				.param("versions[" + setting.getId() + "]", Long.toString(setting.getVersion()));
		}
		return request;
	}

}
