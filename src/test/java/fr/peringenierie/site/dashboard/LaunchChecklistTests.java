package fr.peringenierie.site.dashboard;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.StaffScreens;
import fr.peringenierie.site.admin.AdminProperties;
import fr.peringenierie.site.admin.StaffAccounts;
import fr.peringenierie.site.sitewide.SiteSetting;
import fr.peringenierie.site.sitewide.SiteSettingRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dashboard lists what is missing or unsafe before going live, each point with the
 * link that fixes it, and stops listing it once fixed.
 */
@SiteIntegrationTest
@Transactional
class LaunchChecklistTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffScreens staff;

	@Autowired
	SiteSettingRepository settings;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	AdminProperties admin;

	@Test
	void theDashboardListsWhatIsMissingWithALinkToFixIt() {
		this.accounts.findAll()
			.stream()
			.filter((user) -> user.getUsername().equalsIgnoreCase(this.admin.username()))
			.forEach((user) -> this.accounts.resetPassword(user.getId()));
		fill("contact.recipient", null);
		this.staff.flush();
		assertThat(this.mvc.get().uri("/admin").with(user("chef").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("Mentions légales incomplètes", "forme juridique", "numéro de TVA intracommunautaire",
					"href=\"/admin/parametres/groupe/identite-legale\"", "Aucune adresse ne reçoit les demandes",
					"href=\"/admin/parametres/groupe/notifications\"", "n’a jamais été changé",
					"href=\"/admin/utilisateurs\"",
					"Envoi des notifications impossible. Le serveur de messagerie ne répond pas")
			.doesNotContain("Exception");
		// Editors are not told about what only administrators can fix.
		assertThat(this.staff.get("/admin")).bodyText()
			.contains("Mentions légales incomplètes")
			.doesNotContain("Aucune adresse ne reçoit", "n’a jamais été changé");
	}

	@Test
	void aFixedPointLeavesTheList() {
		fill("company.legal-form", "SARL");
		fill("company.share-capital", "10 000 €");
		fill("company.registration", "RCS Montpellier 732 829 320");
		fill("company.vat-number", "FR44732829320");
		fill("company.publication-director", "Mahyar JALILI");
		fill("hosting.provider", "Hébergeur SAS\n1 rue de l’Exemple, 75001 Paris");
		fill("contact.recipient", "equipe@per-ingenierie.fr");
		this.staff.flush();
		assertThat(this.mvc.get().uri("/admin").with(user("chef").roles("ADMIN"))).bodyText()
			.doesNotContain("Mentions légales incomplètes", "Aucune adresse ne reçoit");
	}

	@Test
	void anInvalidValueSavedBeforeChecksIsListed() {
		fill("company.phone", "appelez-nous !");
		this.staff.flush();
		assertThat(this.staff.get("/admin")).bodyText()
			.contains("La valeur de « Téléphone » n’est pas valide", "href=\"/admin/parametres/groupe/coordonnees\"");
	}

	private void fill(String code, String value) {
		SiteSetting setting = this.settings.findByCode(code).orElseThrow();
		setting.setValue(value);
	}

}
