package fr.peringenierie.site.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextSanitizerTests {

	final RichTextSanitizer sanitizer = new RichTextSanitizer();

	@Test
	void scriptsAndEventHandlersNeverSurvive() {
		String html = this.sanitizer.sanitize(
				"<p onclick=\"steal()\">Bonjour<script>alert('x')</script></p><img src=x onerror=alert(1)><iframe src=\"https://evil\"></iframe>");
		assertThat(html).isEqualTo("<p>Bonjour</p>").doesNotContain("script", "onclick", "onerror", "iframe", "img");
	}

	@Test
	void javascriptLinksAreRemovedButWebLinksKept() {
		assertThat(this.sanitizer.sanitize("<p><a href=\"javascript:alert(1)\">piège</a></p>"))
			.isEqualTo("<p>piège</p>");
		assertThat(this.sanitizer.sanitize("<p><a href=\"https://www.cnil.fr\">CNIL</a></p>"))
			.startsWith("<p><a href=\"https://www.cnil.fr\" rel=\"")
			.contains("noopener", "noreferrer")
			.endsWith("\">CNIL</a></p>");
	}

	@Test
	void linksToPagesOfTheSiteAndToTelephonesAreKept() {
		assertThat(this.sanitizer.sanitize("<p><a href=\"/realisations\">nos réalisations</a></p>"))
			.startsWith("<p><a href=\"/realisations\"");
		assertThat(this.sanitizer.sanitize("<p><a href=\"tel:+33467123456\">04 67 12 34 56</a></p>"))
			// "+" written as a character reference, as the sanitizer writes it: the same
			// address to a browser.
			.startsWith("<p><a href=\"tel:&#43;33467123456\"");
		assertThat(this.sanitizer.sanitize("<p><a href=\"mailto:contact@per-ingenierie.fr\">écrire</a></p>"))
			.startsWith("<p><a href=\"mailto:contact&#64;per-ingenierie.fr\"");
		assertThat(this.sanitizer.sanitize("<p><a href=\"data:text/html,x\">x</a></p>")).isEqualTo("<p>x</p>");
		assertThat(this.sanitizer.sanitize("<p><a href=\"vbscript:x\">x</a></p>")).isEqualTo("<p>x</p>");
	}

	@Test
	void safeFormattingIsKept() {
		String html = "<p><strong>Béton</strong> et <em>bois</em></p><ul><li>un</li><li>deux</li></ul>";
		assertThat(this.sanitizer.sanitize(html)).isEqualTo(html);
	}

	@Test
	void plainTextBecomesParagraphs() {
		assertThat(this.sanitizer.sanitize("Premier paragraphe\nsuite\n\nSecond & dernier"))
			.isEqualTo("<p>Premier paragraphe<br />suite</p><p>Second &amp; dernier</p>");
	}

	@Test
	void aParagraphAddedWithABlankLineAfterExistingHtmlIsAParagraph() {
		assertThat(this.sanitizer.sanitize("<p>Premier paragraphe.</p>\n\nUn ajout tapé à la main,\nsur deux lignes."))
			.isEqualTo("<p>Premier paragraphe.</p><p>Un ajout tapé à la main,<br />sur deux lignes.</p>");
		assertThat(this.sanitizer.sanitize("<ul><li>un</li></ul>Texte collé <strong>après</strong> la liste"))
			.isEqualTo("<ul><li>un</li></ul><p>Texte collé <strong>après</strong> la liste</p>");
		assertThat(this.sanitizer.sanitize("Avant <em>tout</em><p>Puis un paragraphe.</p>"))
			.isEqualTo("<p>Avant <em>tout</em></p><p>Puis un paragraphe.</p>");
	}

	@Test
	void emptyParagraphsAndTrailingBreaksLeftByTheEditorAreDropped() {
		assertThat(this.sanitizer.sanitize("<p>Un<br></p><p><br></p><h3>Titre<br></h3><p></p>"))
			.isEqualTo("<p>Un</p><h3>Titre</h3>");
		assertThat(this.sanitizer.sanitize("<p>Une relation\u00A0<b>durable</b>\u00A0: bien sûr\u00A0!</p>"))
			.isEqualTo("<p>Une relation <b>durable</b> : bien sûr\u00A0!</p>");
	}

	@Test
	void theEditorsSubHeadingIsKept() {
		String html = "<h3>Nos missions</h3><p>Études et <b>suivi</b>.</p><ol><li>un</li></ol>";
		assertThat(this.sanitizer.sanitize(html)).isEqualTo(html);
		assertThat(this.sanitizer.sanitize("<h1>Titre</h1><h2>Sous-titre</h2>")).doesNotContain("<h1>", "<h2>");
	}

	@Test
	void emptyInputGivesEmptyText() {
		assertThat(this.sanitizer.sanitize(null)).isEmpty();
		assertThat(this.sanitizer.sanitize("  <script>x</script> ")).isEmpty();
	}

}
