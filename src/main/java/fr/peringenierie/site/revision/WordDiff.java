package fr.peringenierie.site.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A word-level comparison of two texts, as staff read it: what stayed, what was removed,
 * what was added, in reading order.
 */
public final class WordDiff {

	/**
	 * Spaces, words (with their inner apostrophes and hyphens), or one other character.
	 */
	private static final Pattern TOKEN = Pattern
		.compile("\\s+|[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

	private WordDiff() {
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
