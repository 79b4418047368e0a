package fr.peringenierie.site.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Cleans the rich text staff type before it is stored, with the OWASP Java HTML
 * Sanitizer: only paragraphs, sub-headings, line breaks, bold, italic, lists and links to
 * pages of the site, web, mail or telephone addresses survive, so no script can ever
 * reach a visitor. Text outside any paragraph, list or sub-heading (typed in the plain
 * text box, with or without HTML around it) becomes paragraphs, one per
 * blank-line-separated block.
 */
@Component
public class RichTextSanitizer {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h3", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a")
		// Besides addresses of the site itself (relative: /realisations), the web, e-mail
		// and telephone.
		.allowUrlProtocols("https", "http", "mailto", "tel")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	/** A tag or a run of text, in HTML the sanitizer has made well formed. */
	private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>|[^<]+");

	private static final Set<String> BLOCKS = Set.of("p", "h3", "ul", "ol", "li");

	/**
	 * The safe HTML for what was typed; empty when nothing is left.
	 */
	public String sanitize(String input) {
		if (input == null || input.isBlank()) {
			return "";
		}
		String html = input.strip();
		if (!html.contains("<")) {
			return POLICY.sanitize(paragraphs(html)).strip();
		}
		// Sanitized twice: once to read well-formed tags, once more to balance what
		// wrapping loose text may have split.
		return withoutEmptyLines(POLICY.sanitize(wrapLooseText(POLICY.sanitize(html))));
	}

	/**
	 * Drops what editors leave behind: empty paragraphs, line breaks ending a block, and
	 * the no-break spaces a browser puts at the edge of formatting to keep a space
	 * visible (those a typist puts before French punctuation stay).
	 */
	private static String withoutEmptyLines(String html) {
		return html.replaceAll("(<br />)+(</(p|h3|li)>)", "$2")
			.replaceAll("<(p|h3)>\\s*</\\1>", "")
			.replaceAll("\u00A0(?=<)|(?<=>)\u00A0", " ")
			.strip();
	}

	/**
	 * Puts every run of text and inline formatting found between blocks into paragraphs,
	 * split at blank lines.
	 */
	private static String wrapLooseText(String html) {
		StringBuilder result = new StringBuilder();
		StringBuilder loose = new StringBuilder();
		int depth = 0;
		Matcher token = TOKEN.matcher(html);
		while (token.find()) {
			String tag = token.group(2);
			boolean block = tag != null && BLOCKS.contains(tag.toLowerCase(Locale.ROOT));
			if (depth == 0 && !block) {
				loose.append(token.group());
				continue;
			}
			if (depth == 0) {
				looseParagraphs(loose, result);
			}
			if (block) {
				depth += "/".equals(token.group(1)) ? -1 : 1;
			}
			result.append(token.group());
		}
		looseParagraphs(loose, result);
		return result.toString();
	}

	private static void looseParagraphs(StringBuilder loose, StringBuilder result) {
		for (String block : loose.toString().split("\\R\\s*\\R")) {
			if (!block.isBlank()) {
				result.append("<p>").append(block.strip().replaceAll("\\R", "<br>")).append("</p>");
			}
		}
		loose.setLength(0);
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
