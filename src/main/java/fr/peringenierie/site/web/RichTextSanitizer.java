package fr.peringenierie.site.web;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Cleans the rich text staff type before it is stored, with the OWASP Java HTML
 * Sanitizer: only paragraphs, line breaks, bold, italic, lists and links to web or mail
 * addresses survive, so no script can ever reach a visitor. Text typed without any tag
 * becomes paragraphs, one per blank-line-separated block.
 */
@Component
public class RichTextSanitizer {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a")
		.allowUrlProtocols("https", "http", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	/**
	 * The safe HTML for what was typed; empty when nothing is left.
	 */
	public String sanitize(String input) {
		if (input == null || input.isBlank()) {
			return "";
		}
		String html = input.strip();
		if (!html.contains("<")) {
			html = paragraphs(html);
		}
		return POLICY.sanitize(html).strip();
	}

	private static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		for (String block : text.split("\\R\\s*\\R")) {
			html.append("<p>")
				.append(block.strip().replace("&", "&amp;").replace(">", "&gt;").replaceAll("\\R", "<br>"))
				.append("</p>");
		}
		return html.toString();
	}

}
