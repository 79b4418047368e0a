package fr.peringenierie.site.web;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the sanitized HTML of rich texts into plain text, for meta descriptions.
 */
public final class HtmlText {

	private HtmlText() {
	}

	/**
	 * The text of an HTML fragment, whitespace folded, cut at a word boundary so that it
	 * is at most {@code maxLength} characters long (ellipsis included).
	 */
	public static String excerpt(String html, int maxLength) {
		if (html == null) {
			return "";
		}
		String text = HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
		if (text.length() <= maxLength) {
			return text;
		}
		int cut = text.lastIndexOf(' ', maxLength - 1);
		return text.substring(0, (cut > 0) ? cut : maxLength - 1).replaceAll("[\\s,;:.]+$", "") + "…";
	}

	/**
	 * The text of an HTML fragment as a reader sees it: one line per paragraph, list item
	 * or line break, whitespace folded within lines.
	 */
	public static String plain(String html) {
		if (html == null) {
			return "";
		}
		String lines = html.replaceAll("(?i)</(p|li|h[1-6])>|<br\\s*/?>", "\n").replaceAll("<[^>]*>", "");
		return HtmlUtils.htmlUnescape(lines).replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n").strip();
	}

}
