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
	void monogramTakesTheInitialsOfCapitalisedWords() {
		assertThat(project("Parking Saint-Roch", 2012, 2014).getMonogram()).isEqualTo("PSR");
		assertThat(project("Les Marchés des Cévennes", 2013, 2017).getMonogram()).isEqualTo("LMC");
		assertThat(project("DoraMar", 2011, 2015).getMonogram()).isEqualTo("D");
		assertThat(project("éclat", 2011, 2015).getMonogram()).isEqualTo("É");
	}

	static Project project(String name, int start, Integer end) {
		return new Project(name.toLowerCase().replace(' ', '-'), name, "Montpellier", "Client", "Architecte", start,
				end, 10);
	}

}
