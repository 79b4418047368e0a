package fr.peringenierie.site.revision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void wordsAndPunctuationAreComparedOneByOne() {
		assertThat(WordDiff.between("DoraMar", "DoraMar, résidence")).containsExactly(
				new WordDiff.Segment(WordDiff.Change.SAME, "DoraMar"),
				new WordDiff.Segment(WordDiff.Change.ADDED, ", résidence"));
		assertThat(WordDiff.between("Fondée à Montpellier en 1992.", "Fondée à Castelnau-le-Lez en 1992."))
			.containsExactly(new WordDiff.Segment(WordDiff.Change.SAME, "Fondée à "),
					new WordDiff.Segment(WordDiff.Change.REMOVED, "Montpellier"),
					new WordDiff.Segment(WordDiff.Change.ADDED, "Castelnau-le-Lez"),
					new WordDiff.Segment(WordDiff.Change.SAME, " en 1992."));
	}

	@Test
	void nothingAgainstSomethingIsAllAdded() {
		assertThat(WordDiff.between(null, "l’acte de construire"))
			.containsExactly(new WordDiff.Segment(WordDiff.Change.ADDED, "l’acte de construire"));
		assertThat(WordDiff.between("même texte", "même texte"))
			.containsExactly(new WordDiff.Segment(WordDiff.Change.SAME, "même texte"));
	}

}
