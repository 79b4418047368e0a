package fr.peringenierie.site.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography on every public page as it is written out, whatever the text comes
 * from (a template, a setting, rich text typed by staff): the space before {@code : » }
 * and after {@code « } becomes a non-breaking space, the space before {@code ; ! ?} a
 * narrow non-breaking one, so that no sign is left alone at the start of a line. Markup,
 * URLs and the content of {@code script}, {@code style}, {@code pre}, {@code code} and
 * {@code textarea} (what staff edit must come back as they typed it) are left alone.
 */
public final class FrenchTypography {

	static final char NO_BREAK_SPACE = '\u00a0';

	static final char NARROW_NO_BREAK_SPACE = '\u202f';

	/** Tags inside a text written unescaped (rich text), kept as they are. */
	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern SPACE_BEFORE_HIGH_SIGN = Pattern.compile("[ \\u00a0]+([;!?])");

	private static final Pattern SPACE_BEFORE_COLON_OR_CLOSING_QUOTE = Pattern.compile("[ \\u202f]+([:»])");

	private static final Pattern SPACE_AFTER_OPENING_QUOTE = Pattern.compile("«[ \\u202f]+");

	private FrenchTypography() {
	}

	/**
	 * The text with French non-breaking spaces; tags in it are left untouched.
	 */
	public static String apply(String text) {
		if (text.indexOf(' ') < 0 && text.indexOf(NO_BREAK_SPACE) < 0 && text.indexOf(NARROW_NO_BREAK_SPACE) < 0) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		Matcher tags = TAG.matcher(text);
		int start = 0;
		while (tags.find()) {
			result.append(words(text.substring(start, tags.start()))).append(tags.group());
			start = tags.end();
		}
		return result.append(words(text.substring(start))).toString();
	}

	private static String words(String text) {
		String result = SPACE_BEFORE_HIGH_SIGN.matcher(text).replaceAll(NARROW_NO_BREAK_SPACE + "$1");
		result = SPACE_BEFORE_COLON_OR_CLOSING_QUOTE.matcher(result).replaceAll(NO_BREAK_SPACE + "$1");
		return SPACE_AFTER_OPENING_QUOTE.matcher(result).replaceAll("«" + NO_BREAK_SPACE);
	}

}
