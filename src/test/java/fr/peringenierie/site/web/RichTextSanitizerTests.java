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
	void emptyInputGivesEmptyText() {
		assertThat(this.sanitizer.sanitize(null)).isEmpty();
		assertThat(this.sanitizer.sanitize("  <script>x</script> ")).isEmpty();
	}

}
