package fr.peringenierie.site;

import java.util.List;
import java.util.Map;

import fr.peringenierie.site.web.RichTextSanitizer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Flyway seed against the brochure: every list, tool, role and project it
 * names must be in the database, in the brochure's order. The expected values below are
 * transcribed from the brochure independently of the migration scripts.
 */
@SiteIntegrationTest
class BrochureSeedTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyDepartmentOfTheBrochureIsSeededInOrder() {
		assertThat(this.jdbc.queryForList("select name from department order by position", String.class))
			.containsExactly("Structure", "Énergies", "MOE", "AMO");
	}

	@Test
	void everyDepartmentListItemIsSeededInOrder() {
		Map<String, List<String>> expected = Map.ofEntries(
				Map.entry("structure/Domaines d’intervention",
						List.of("Logements", "Neuf et réhabilitation", "Résidences seniors", "Résidences hôtelières",
								"Équipements de santé", "Projets industriels & agro-alimentaires",
								"Équipements de sport et de loisirs", "Salles de spectacles")),
				Map.entry("structure/Missions",
						List.of("Diagnostic structurel sur existant", "Avant-projet sommaire", "Avant-projet détaillé",
								"Description des ouvrages et estimation des travaux",
								"Établissement des dossiers de consultation",
								"Assistance à la passation des marchés de travaux", "Études d’exécution",
								"Assistance technique à la conduite de travaux")),
				Map.entry("structure/Activités",
						List.of("Béton armé et précontraint", "Charpente métallique et bois",
								"Ouvrages complexes tridimensionnels", "Études modales dynamiques et sismiques")),
				Map.entry("energies/Domaines d’intervention",
						List.of("Logement", "Neuf et réhabilitation", "Bureaux", "Locaux d’activité",
								"Résidence senior", "Résidence hôtelière", "Équipements de sport et de loisirs",
								"Équipements scolaires", "Restaurants", "Commerces", "Salles de spectacles")),
				Map.entry("energies/Missions",
						List.of("Étude de faisabilité d’approvisionnement en énergie", "Estimation du coût des travaux",
								"Pré-diagnostic eau chaude solaire et photovoltaïque",
								"Coordination d’études et synthèse", "Avant-projets simplifiés ou détaillés",
								"Simulation thermodynamique", "Conception définition locaux et gaines techniques",
								"Calcul thermique RT2012", "Calcul d’éclairement, facteur lumière/jour",
								"Études et suivi d’exécution", "Confort d’été et consommations prévisionnelles",
								"Coordination SSI", "Suivi des labellisations (BEPOS - EFFINERGIE - NF…)",
								"Dossier d’appel d’offres (plans directeurs/CCTP/DPGF)",
								"Assistance à la passation des marchés de travaux")),
				Map.entry("energies/Activités",
						List.of("Génie climatique & thermique", "Plomberie & sanitaire",
								"Électricité courants forts & faibles", "Systèmes de sécurité incendie")),
				Map.entry("moe/Domaines d’intervention",
						List.of("Neuf et réhabilitation", "Logement", "Résidence senior", "Résidence hôtelière",
								"Bureaux", "Locaux d’activité", "Commerces", "Équipements")),
				Map.entry("moe/Missions", List.of("Établissement des dossiers de consultation des entreprises",
						"Gestion du planning d’exécution", "Négociations appels d’offres",
						"Assistance aux opérations de réception", "Assistance à la passation des contrats de travaux",
						"Levée des réserves", "Préparation de chantier", "Établissement des décomptes",
						"Contrôle et visa des plans d’exécution et de synthèse",
						"Assistance pour l’obtention des certificats de conformité",
						"Contrôle de la conformité des ouvrages",
						"Assistance au cours de l’année de parfait achèvement",
						"Direction et gestion financière du chantier")),
				Map.entry("moe/Activités",
						List.of("Appels d’offres travaux", "Économie de la construction",
								"Ordonnancement, pilotage et coordination", "Direction de travaux")),
				Map.entry("amo/Domaines d’intervention",
						List.of("Neuf et réhabilitation", "Bureaux", "Logement", "Locaux d’activité",
								"Résidence senior", "Commerces", "Résidence hôtelière", "Équipements")),
				Map.entry("amo/Missions",
						List.of("Études prospectives, objectifs", "Management des contrats",
								"Planification stratégique", "Aide à la labellisation", "Montage foncier",
								"Management de projet", "Montage financier", "Assurance qualité",
								"Études de faisabilités technico-économiques", "Suivi de chantier", "Programmation",
								"Gestion des coûts et des délais", "Choix du processus de réalisation",
								"Réception des ouvrages", "Consultations maîtrise d’œuvre et entrepreneurs",
								"Livraison au client final", "Suivi de la conception")),
				Map.entry("amo/Activités",
						List.of("Programmation", "Mandat", "Assistance spécialisée", "Conduite d’opération")));
		expected.forEach((key, items) -> {
			String[] parts = key.split("/");
			List<String> actual = this.jdbc.queryForList("""
					select i.label from section_item i
					join department_section s on s.id = i.section_id
					join department d on d.id = s.department_id
					where d.slug = ? and s.title = ? order by i.position""", String.class, parts[0], parts[1]);
			assertThat(actual).as(key).containsExactlyElementsOf(items);
		});
	}

	@Test
	void everySectionOfTheBrochureIsSeeded() {
		assertThat(sectionTitles("structure")).containsExactly("En phase de réalisation", "Domaines d’intervention",
				"Projets", "Études", "Missions", "Activités");
		assertThat(sectionTitles("energies")).containsExactly("En phase de réalisation", "Domaines d’intervention",
				"Projets", "Études", "Missions", "Activités");
		assertThat(sectionTitles("moe")).containsExactly("Pour la réussite de votre chantier",
				"Domaines d’intervention", "Une présence régulière sur le chantier", "Missions", "Activités");
		assertThat(sectionTitles("amo")).containsExactly("L’acte de construire de A à Z", "Domaines d’intervention",
				"Missions", "Activités");
	}

	@Test
	void everyTeamRoleIsSeededWithItsHeadcount() {
		List<String> roles = this.jdbc.query("select headcount, label from team_role order by position",
				(rs, row) -> rs.getInt(1) + " " + rs.getString(2));
		assertThat(roles).containsExactly("6 ingénieurs structure", "3 ingénieurs énergies", "15 projeteurs",
				"1 directeur développement", "1 directeur de travaux", "1 conducteur de travaux",
				"1 directeur administratif", "2 administratifs");
	}

	@Test
	void everySoftwareToolIsSeededUnderItsCategory() {
		List<String> tools = this.jdbc.query("""
				select c.name, t.name from tool t join tool_category c on c.id = t.category_id
				order by c.position, t.position""", (rs, row) -> rs.getString(1) + ": " + rs.getString(2));
		assertThat(tools).containsExactly("DAO CAO: AUTOCAD", "DAO CAO: RCAD", "DAO CAO: REVIT STRUCTURE",
				"Calcul de structure scientifique: ROBOT", "Calcul de structure scientifique: ACAPULCO",
				"Bilan de puissance électrique et calcul de colonne: ELIUM",
				"Calcul simulation thermo-dynamique: PLEAIDES COMFIE", "Calcul simulation thermo-dynamique: METEO CALC",
				"Calcul éclairement naturel et artificiel: DIALUX", "Calcul thermique scientifique: PERRENOUD",
				"Calcul thermique scientifique: CLIMA-WIN");
	}

	@Test
	void everyProjectOfTheGalleryIsSeeded() {
		List<String> projects = this.jdbc.query(
				"select name, city, client, architect, start_year, end_year from project where published order by position",
				(rs, row) -> String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getInt(5) + "-" + rs.getInt(6)));
		assertThat(projects).containsExactly("Parking Saint-Roch | Montpellier | SERM | Archikubik | 2012-2014",
				"Le Méditerranée | Montpellier | Pragma | Garcia-Diaz architecte | 2011-2015",
				"DoraMar | Montpellier | Icade-Arcade | AS.Architecture-Studio | 2011-2015",
				"Les Marchés des Cévennes | Alès | ADIM PLR | CFL architecte | 2013-2017",
				"Nouvelle Vague | Palavas-les-Flots | Angelotti Promotion | Exo 7 architecte | 2010-2012",
				"Le Polygone | Béziers | Socri | Jos Galan architecte | 2007-2010",
				"Aqua Verde | Montpellier | SNC Marignan | Atelier du Pont | 2010-2012",
				"Bureaux Oxygène | Montpellier | Urbat | Marie Elisabeth Nicouleau | 2010-2012",
				"Maison Régionale des Sports | Montpellier | Conseil Régional Languedoc-Roussillon | Namer architecte | 2009-2011",
				"Nouvel établissement thermal | Balaruc-les-Bains | Ville de Balaruc-les-Bains | DHA, Marc Galligani architecte | 2010-2014");
	}

	@Test
	void historyEditoAndCompanyFactsAreSeeded() {
		assertThat(this.jdbc.queryForList("select period_label from milestone order by position", String.class))
			.containsExactly("1992", "2003", "2009", "Puis", "Aujourd’hui");
		assertThat(this.jdbc.queryForObject("select body from milestone where period_label = '2003'", String.class))
			.contains("TECHNIB");
		assertThat(
				this.jdbc.queryForObject("select signatory_name || ', ' || signatory_title from edito", String.class))
			.isEqualTo("Mahyar JALILI, Directeur Général");
		assertThat(this.jdbc.queryForObject("select body from edito", String.class))
			.contains("relation durable et de proximité")
			.contains("parfaite Réalisation");
		assertThat(this.jdbc
			.queryForObject("select setting_value from site_setting where code = 'company.founded-year'", String.class))
			.isEqualTo("1992");
		assertThat(this.jdbc.queryForList("select body from page_text", String.class))
			.contains("Un interlocuteur unique, une réponse globale", "Le mariage de l’expertise et de la technologie");
	}

	@Test
	void everyStoredRichTextIsAlreadyInTheFormTheSanitizerKeeps() {
		RichTextSanitizer sanitizer = new RichTextSanitizer();
		List<String> richTexts = this.jdbc.queryForList("select body from edito union all select body from milestone "
				+ "union all select summary from department "
				+ "union all select body from department_section where body is not null", String.class);
		assertThat(richTexts).hasSizeGreaterThan(20)
			.allSatisfy((html) -> assertThat(sanitizer.sanitize(html)).isEqualTo(html));
	}

	private List<String> sectionTitles(String slug) {
		return this.jdbc.queryForList("""
				select s.title from department_section s join department d on d.id = s.department_id
				where d.slug = ? order by s.position""", String.class, slug);
	}

}
