package fr.peringenierie.site.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectTests {

	@Test
	void yearsAreARangeOrASingleYear() {
		assertThat(project("Aqua Verde", 2010, 2012).getYears()).isEqualTo("2010 – 2012");
		assertThat(project("Aqua Verde", 2010, 2010).getYears()).isEqualTo("2010");
		assertThat(project("Aqua Verde", 2010, null).getYears()).isEqualTo("2010");
	}

	@Test
	void projectIsActiveFromItsFirstToItsLastYear() {
		Project project = project("Le Polygone", 2007, 2010);
		assertThat(project.isActiveIn(2006)).isFalse();
		assertThat(project.isActiveIn(2007)).isTrue();
		assertThat(project.isActiveIn(2010)).isTrue();
		assertThat(project.isActiveIn(2011)).isFalse();
	}

	@Test
	void theIllustrationDrawsTheKindOfWorkOrElseABuilding() {
		Project project = project("Parking Saint-Roch", 2012, 2014);
		assertThat(project.getIllustration()).isEqualTo("/img/illustrations/batiment.svg");
		project.setSector("Stationnement");
		assertThat(project.getIllustration()).isEqualTo("/img/illustrations/stationnement.svg");
		project.setSector("Équipements sportifs");
		assertThat(project.getIllustration()).isEqualTo("/img/illustrations/equipements-sportifs.svg");
		project.setSector("Logements");
		assertThat(project.getIllustration()).isEqualTo("/img/illustrations/batiment.svg");
	}

	@Test
	void missionsAreReadOnePerLine() {
		Project project = project("Bureaux Oxygène", 2010, 2012);
		assertThat(project.getMissionList()).isEmpty();
		project.setMissions("Études d’exécution\r\n\n  VISA des plans  \n");
		assertThat(project.getMissionList()).containsExactly("Études d’exécution", "VISA des plans");
	}

	static Project project(String name, int start, Integer end) {
		return new Project(name.toLowerCase().replace(' ', '-'), name, "Montpellier", "Client", "Architecte", start,
				end, 10);
	}

}
