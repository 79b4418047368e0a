package fr.peringenierie.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.peringenierie.site.web.PublicPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page answers with its key brochure content, in the site's layout.
 */
@SiteIntegrationTest
class PublicPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PublicPages publicPages;

	@Test
	void homePresentsTheCompanyItsDepartmentsProjectsAndFigures() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("PER INGÉNIERIE", "BET pluridisciplinaire / Maîtrise d’œuvre / Assistance au maître d’ouvrage",
					"Un interlocuteur unique, une réponse globale", "Le mariage de l’expertise et de la technologie",
					"Département Structure", "Département Énergies", "Département MOE", "Département AMO",
					"Parking Saint-Roch", "Le Méditerranée", "DoraMar", ">1992<", ">30<", "href=\"/contact\"");
	}

	@Test
	void sharingAndSearchEnginesGetWhatAndWhereAnImageAndTheTrail() throws Exception {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains(
					"<title>Bureau d’études techniques pluridisciplinaire à Montpellier et Toulouse | PER INGÉNIERIE</title>");
		assertThat(this.mvc.get().uri("/edito")).bodyText()
			.contains("<meta property=\"og:image\" content=\"https://www.example.test/img/partage.png\">")
			.contains("\"@type\":\"BreadcrumbList\"");
		MvcTestResult icon = this.mvc.get().uri("/favicon.ico").exchange();
		assertThat(icon).hasStatusOk();
		assertThat(icon.getResponse().getContentAsByteArray()).startsWith(0, 0, 1, 0);
	}

	@Test
	void noSignOfFrenchPunctuationIsLeftAloneAtTheStartOfALine() throws Exception {
		List<String> loose = new ArrayList<>();
		for (String page : List.of("/", "/edito", "/histoire", "/departements", "/departements/structure",
				"/departements/energies", "/departements/moe", "/departements/amo", "/equipe", "/moyens-techniques",
				"/realisations", "/realisations/doramar", "/contact", "/mentions-legales", "/confidentialite",
				"/plan-du-site", "/actualites", "/recrutement", "/recrutement/candidature")) {
			String html = new String(this.mvc.get().uri(page).exchange().getResponse().getContentAsByteArray(),
					StandardCharsets.UTF_8);
			String text = html.replaceAll("(?s)<(script|style|textarea)\\b.*?</\\1>", " ")
				.replaceAll("(?s)<[^>]+>", "\n");
			Matcher plain = LOOSE_SIGN.matcher(text);
			while (plain.find()) {
				loose.add(page + " : « " + plain.group().strip() + " »");
			}
		}
		assertThat(loose).isEmpty();
	}

	/** A plain space before : ; ? ! », or after «, in visible text. */
	static final Pattern LOOSE_SIGN = Pattern.compile("\\S{0,12} [:;?!»]|« \\S{0,12}");

	@Test
	void editoIsShownInFullAndSigned() {
		assertThat(this.mvc.get().uri("/edito")).hasStatusOk()
			.bodyText()
			.contains("Bâtir avec nos clients une relation durable et de proximité",
					"grâce au sérieux et au sens des responsabilités de nos équipes",
					"de l’équilibre financier des projets qui nous sont confiés",
					"aboutisse au final à sa parfaite Réalisation", "Mahyar JALILI", "Directeur Général");
	}

	@Test
	void historyIsATimelineOfEveryMilestone() {
		assertThat(this.mvc.get().uri("/histoire")).hasStatusOk()
			.bodyText()
			.contains("class=\"timeline\"", ">1992<", ">2003<", ">2009<", "Créée à Montpellier en 1992", "TECHNIB",
					"département Énergies", "Maîtrise d’Œuvre d’Exécution", "Assistance à la Maîtrise d’Ouvrage",
					"Deux décennies de passion");
	}

	@Test
	void departmentsPageListsTheFourDepartments() {
		assertThat(this.mvc.get().uri("/departements")).hasStatusOk()
			.bodyText()
			.contains("/departements/structure", "/departements/energies", "/departements/moe", "/departements/amo");
	}

	@Test
	void structureDepartmentShowsAllItsSections() {
		assertThat(this.mvc.get().uri("/departements/structure")).hasStatusOk()
			.bodyText()
			.contains("métier originel de PER INGÉNIERIE", "En phase de réalisation", "phase ACT",
					"Domaines d’intervention", "Institut Supérieur du Béton Armé", "Résidences seniors", "Projets",
					"dès la genèse des projets", "Études", "études parasismiques", "Missions", "Avant-projet sommaire",
					"Activités", "Études modales dynamiques et sismiques");
	}

	@Test
	void energiesDepartmentShowsAllItsSections() {
		assertThat(this.mvc.get().uri("/departements/energies")).hasStatusOk()
			.bodyText()
			.contains("génie climatique et thermique", "corps d’état de finition", "Équipements scolaires",
					"À l’image d’un équaliseur", "plans directeurs au 1/100", "Calcul thermique RT2012",
					"Coordination SSI", "Plomberie &amp; sanitaire");
	}

	@Test
	void moeDepartmentShowsAllItsSections() {
		assertThat(this.mvc.get().uri("/departements/moe")).hasStatusOk()
			.bodyText()
			.contains("Maîtrise d’Œuvre d’Exécution", "Pour la réussite de votre chantier", "le directeur du chantier",
					"documents synthétiques", "s’intensifie à l’approche de la livraison", "Levée des réserves",
					"Direction et gestion financière du chantier", "Économie de la construction");
	}

	@Test
	void amoDepartmentShowsAllItsSections() {
		assertThat(this.mvc.get().uri("/departements/amo")).hasStatusOk()
			.bodyText()
			.contains("L’acte de construire de A à Z", "«\u00a0chef d’orchestre\u00a0»", "formalités notariales",
					"des délais de plus en plus serrés", "Montage foncier", "Suivi de la conception",
					"Conduite d’opération");
	}

	@Test
	void teamShowsEveryRoleWithItsCountAndTheComputedTotal() {
		assertThat(this.mvc.get().uri("/equipe")).hasStatusOk()
			.bodyText()
			.contains("Mahyar JALILI, ingénieur Génie Civil, Directeur Général de PER", "ingénieurs structure",
					"ingénieurs énergies", "projeteurs", "directeur développement", "directeur de travaux",
					"conducteur de travaux", "directeur administratif", "administratifs",
					"<span class=\"team-total__value\">30</span>", "<span class=\"role__count\">15</span>");
	}

	@Test
	void technicalMeansListTheSoftwareByCategory() {
		assertThat(this.mvc.get().uri("/moyens-techniques")).hasStatusOk()
			.bodyText()
			.contains("Toutes nos stations de travail", "DAO CAO", "AUTOCAD", "RCAD", "REVIT STRUCTURE",
					"Calcul de structure scientifique", "ROBOT", "ACAPULCO", "ELIUM", "PLEAIDES COMFIE", "METEO CALC",
					"DIALUX", "PERRENOUD", "CLIMA-WIN");
	}

	@Test
	void galleryShowsTheTenProjects() {
		assertThat(this.mvc.get().uri("/realisations")).hasStatusOk()
			.bodyText()
			.contains("10</span>", "Parking Saint-Roch", "Le Méditerranée", "DoraMar", "Les Marchés des Cévennes",
					"Nouvelle Vague", "Le Polygone", "Aqua Verde", "Bureaux Oxygène", "Maison Régionale des Sports",
					"Nouvel établissement thermal", "Archikubik", "Icade-Arcade");
	}

	@Test
	void galleryFiltersByCityAndYearWithQueryParameters() {
		assertThat(this.mvc.get().uri("/realisations").param("ville", "Béziers")).hasStatusOk()
			.bodyText()
			.contains("Le Polygone")
			.doesNotContain("DoraMar");
		assertThat(this.mvc.get().uri("/realisations").param("annee", "2016")).hasStatusOk()
			.bodyText()
			.contains("Les Marchés des Cévennes")
			.doesNotContain("Le Polygone", "Parking Saint-Roch");
		assertThat(this.mvc.get().uri("/realisations").param("ville", "Montpellier").param("annee", "2009"))
			.hasStatusOk()
			.bodyText()
			.contains("Maison Régionale des Sports")
			.doesNotContain("Aqua Verde", "Le Polygone");
	}

	@Test
	void galleryWithAnUnknownCityShowsNoProjectAndSaysSo() {
		assertThat(this.mvc.get().uri("/realisations").param("ville", "Paris")).hasStatusOk()
			.bodyText()
			.contains("Aucune réalisation ne correspond à ces critères.")
			.doesNotContain("project-card__visual");
	}

	@Test
	void galleryRejectsAYearThatIsNotANumberWithAFrenchMessage() {
		assertThat(this.mvc.get().uri("/realisations").param("annee", "deux-mille")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("L’année doit être un nombre", "aria-invalid=\"true\"", "Parking Saint-Roch");
	}

	@Test
	void projectPageShowsAllItsFacts() {
		assertThat(this.mvc.get().uri("/realisations/les-marches-des-cevennes")).hasStatusOk()
			.bodyText()
			.contains("Les Marchés des Cévennes", "Alès", "ADIM PLR", "CFL architecte", "2013 – 2017",
					"Les Marchés des Cévennes à Alès, un espace à vivre", "pas une photographie");
	}

	@Test
	void legalPagesShowTheCompanyDetailsGiven() {
		assertThat(this.mvc.get().uri("/mentions-legales")).hasStatusOk()
			.bodyText()
			.contains("Mentions légales", "PER INGÉNIERIE", "Éditeur du site")
			.doesNotContain("À compléter");
		assertThat(this.mvc.get().uri("/confidentialite")).hasStatusOk()
			.bodyText()
			.contains("Politique de confidentialité", "CNIL", "3 ans", "Vos droits");
	}

	@Test
	void everyPageHasTitleDescriptionCanonicalOpenGraphAndJsonLd() {
		assertThat(this.mvc.get().uri("/departements/energies")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"fr\">", "<title>Département Énergies | PER INGÉNIERIE</title>",
					"<meta name=\"description\" content=\"Notre département Énergies met à votre disposition",
					"<link rel=\"canonical\" href=\"https://www.example.test/departements/energies\">",
					"<meta property=\"og:title\" content=\"Département Énergies\">",
					"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Organization\"",
					"\"foundingDate\":\"1992\"", "aria-label=\"Fil d’Ariane\"", "href=\"#contenu\"");
	}

	@Test
	void sitemapListsEveryPublicPage() {
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_XML)
			.bodyText()
			.contains("<loc>https://www.example.test/</loc>", "<loc>https://www.example.test/edito</loc>",
					"<loc>https://www.example.test/departements/amo</loc>",
					"<loc>https://www.example.test/realisations/nouvel-etablissement-thermal</loc>",
					"<loc>https://www.example.test/confidentialite</loc>");
	}

	@Test
	void publicPagesAreThoseTheirHandlersDeclare() {
		assertThat(this.publicPages.sitemapPaths()).containsExactly("/", "/actualites", "/confidentialite", "/contact",
				"/departements", "/edito", "/equipe", "/histoire", "/mentions-legales", "/moyens-techniques",
				"/plan-du-site", "/realisations", "/recrutement");
		assertThat(this.publicPages.isCacheable("/actualites/feed.xml")).isTrue();
		assertThat(this.publicPages.isCacheable("/recrutement/candidature")).isFalse();
		assertThat(this.publicPages.isCacheable("/recrutement/une-offre/candidature")).isFalse();
		assertThat(this.publicPages.isCacheable("/realisations/doramar")).isTrue();
		assertThat(this.publicPages.isCacheable("/departements/structure")).isTrue();
		assertThat(this.publicPages.isCacheable("/sitemap.xml")).isTrue();
		assertThat(this.publicPages.isCacheable("/realisations/doramar/image")).isFalse();
		assertThat(this.publicPages.isCacheable("/contact")).isFalse();
		assertThat(this.publicPages.isCacheable("/contact/merci")).isFalse();
		assertThat(this.publicPages.isCacheable("/admin/edito")).isFalse();
		assertThat(this.publicPages.isCacheable("/error")).isFalse();
	}

	@Test
	void robotsAllowsTheSiteButNotTheAdminAndPointsToTheSitemap() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("Disallow: /admin", "Sitemap: https://www.example.test/sitemap.xml");
	}

	@Test
	void healthIsTheOnlyActuatorEndpoint() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
		assertThat(this.mvc.get().uri("/actuator/env")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/actuator/beans")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
