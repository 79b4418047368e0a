package fr.peringenierie.site.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.springframework.web.util.HtmlUtils;

/**
 * A word-level comparison of two texts, as staff read it: what stayed, what was removed,
 * what was added, in reading order.
 */
public final class WordDiff {

	/**
	 * A formatting mark, spaces, words (with their inner apostrophes and hyphens), or one
	 * other character.
	 */
	private static final Pattern TOKEN = Pattern.compile("\\[/?(?:gras|italique|intertitre|lien)(?: [^\\]]*)?\\]"
			+ "|\\s+|[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

	/** Each formatting of rich text, as the comparison writes it. */
	private static final Map<String, String> MARKS = Map.ofEntries(Map.entry("<b>", "[gras]"),
			Map.entry("</b>", "[/gras]"), Map.entry("<strong>", "[gras]"), Map.entry("</strong>", "[/gras]"),
			Map.entry("<i>", "[italique]"), Map.entry("</i>", "[/italique]"), Map.entry("<em>", "[italique]"),
			Map.entry("</em>", "[/italique]"), Map.entry("<h3>", "[intertitre] "), Map.entry("</h3>", " ¶\n"),
			Map.entry("</p>", " ¶\n"), Map.entry("<li>", "• "), Map.entry("</li>", "\n"), Map.entry("</a>", "[/lien]"));

	private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)([^>]*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private WordDiff() {
	}

	/**
	 * A stored value as the comparison shows it: « oui » or « non », plain text, or rich
	 * text with its formatting written out ([gras]…[/gras], [lien adresse]…[/lien]) and a
	 * ¶ at each paragraph's end, so that a change of formatting or of paragraphs shows.
	 */
	public static String readable(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean flag) {
			return flag ? "oui" : "non";
		}
		String text = value.toString();
		if (!(text.contains("<") && text.contains(">"))) {
			return text;
		}
		StringBuilder marked = new StringBuilder();
		Matcher tag = TAG.matcher(text);
		int position = 0;
		while (tag.find()) {
			marked.append(text, position, tag.start());
			String name = tag.group(2).toLowerCase(Locale.ROOT);
			if (name.equals("a") && tag.group(1).isEmpty()) {
				Matcher href = HREF.matcher(tag.group(3));
				marked.append(href.find() ? "[lien " + HtmlUtils.htmlUnescape(href.group(1)) + "]" : "[lien]");
			}
			else if (name.equals("br")) {
				marked.append(" ↵\n");
			}
			else {
				marked.append(MARKS.getOrDefault("<" + tag.group(1) + name + ">", ""));
			}
			position = tag.end();
		}
		marked.append(text.substring(position));
		return HtmlUtils.htmlUnescape(marked.toString())
			.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
			.replaceAll(" ?\n ?", "\n")
			.strip();
	}

	public static List<Segment> between(String before, String after) {
		List<String> old = tokens(before);
		List<String> current = tokens(after);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(old, current).getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, Change.SAME, old.subList(position, start));
			add(segments, Change.REMOVED, delta.getSource().getLines());
			add(segments, Change.ADDED, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		add(segments, Change.SAME, old.subList(position, old.size()));
		return segments;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text != null) {
			Matcher matcher = TOKEN.matcher(text);
			while (matcher.find()) {
				tokens.add(matcher.group());
			}
		}
		return tokens;
	}

	private static void add(List<Segment> segments, Change change, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).change() == change) {
			segments.set(last, new Segment(change, segments.get(last).text() + text));
		}
		else {
			segments.add(new Segment(change, text));
		}
	}

	public enum Change {

		SAME, REMOVED, ADDED

	}

	/**
	 * A run of text that stayed, was removed or was added.
	 */
	public record Segment(Change change, String text) {

		public boolean isAdded() {
			return this.change == Change.ADDED;
		}

		public boolean isRemoved() {
			return this.change == Change.REMOVED;
		}

	}

}
