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

	/**
	 * A change of formatting or of paragraphs shows in the comparison, not only a change
	 * of words.
	 */
	@Test
	void formattingAndParagraphsAreWrittenOutSoTheirChangesShow() {
		assertThat(WordDiff
			.readable("<p>Une relation <b>durable</b>.</p><p>Voir <a href=\"/realisations\">nos réalisations</a>.</p>"))
			.isEqualTo("Une relation [gras]durable[/gras]. ¶\nVoir [lien /realisations]nos réalisations[/lien]. ¶");
		assertThat(WordDiff.between(WordDiff.readable("<p>Une relation durable.</p>"),
				WordDiff.readable("<p>Une relation <strong>durable</strong>.</p>")))
			.containsExactly(new WordDiff.Segment(WordDiff.Change.SAME, "Une relation "),
					new WordDiff.Segment(WordDiff.Change.ADDED, "[gras]"),
					new WordDiff.Segment(WordDiff.Change.SAME, "durable"),
					new WordDiff.Segment(WordDiff.Change.ADDED, "[/gras]"),
					new WordDiff.Segment(WordDiff.Change.SAME, ". ¶"));
		assertThat(WordDiff.between(WordDiff.readable("<p>Structure et énergies.</p>"),
				WordDiff.readable("<p>Structure</p><p>et énergies.</p>")))
			.contains(new WordDiff.Segment(WordDiff.Change.ADDED, "¶\n"));
		assertThat(WordDiff.readable(true)).isEqualTo("oui");
		assertThat(WordDiff.readable("<h3>Titre</h3><ul><li>Un</li><li>Deux</li></ul>"))
			.isEqualTo("[intertitre] Titre ¶\n• Un\n• Deux");
	}

}
