package fr.peringenierie.site.revision;

import java.lang.reflect.Field;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.HtmlText;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * Finds content of every kind by its words, as staff type them: case, accents and
 * apostrophes do not matter, and every word must appear. Items in the bin are not found.
 */
@Service
@Transactional(readOnly = true)
public class ContentSearch {

	static final int EXCERPT_LENGTH = 160;

	private final TrackedKinds kinds;

	private final EntityManager entityManager;

	ContentSearch(TrackedKinds kinds, EntityManager entityManager) {
		this.kinds = kinds;
		this.entityManager = entityManager;
	}

	/**
	 * What separates words: anything but letters, digits and the inside of an address.
	 */
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}@.\\-]+");

	/**
	 * The words of a query, folded; words of one letter are left out.
	 */
	public static List<String> words(String query) {
		return typedWords(fold((query != null) ? query : ""));
	}

	/**
	 * The words of a query as typed, in lower case with their accents; words of one
	 * letter are left out.
	 */
	public static List<String> typedWords(String query) {
		if (query == null) {
			return List.of();
		}
		return SEPARATORS.splitAsStream(query.toLowerCase(Locale.ROOT))
			.filter((word) -> word.length() >= 2)
			.distinct()
			.toList();
	}

	/**
	 * Whether the given texts, together, contain every word.
	 */
	public static boolean matches(List<String> words, String... texts) {
		String folded = fold(
				String.join(" \n ", Arrays.stream(texts).map((text) -> (text != null) ? text : "").toList()));
		return words.stream().allMatch(folded::contains);
	}

	/**
	 * Content whose words include every word of the query.
	 * @param hidden items the searching user may not see
	 */
	public List<Hit> search(String query, Predicate<Object> hidden) {
		List<String> words = words(query);
		List<Hit> hits = new ArrayList<>();
		if (words.isEmpty()) {
			return hits;
		}
		for (TrackedKinds.Kind kind : this.kinds.all()) {
			List<?> items = this.entityManager.createQuery("select e from " + kind.entityName() + " e", kind.type())
				.getResultList();
			for (Object item : items) {
				if (hidden.test(item)) {
					continue;
				}
				String title = title(kind, item);
				String text = title + " \n " + text(item);
				String folded = fold(text);
				if (words.stream().allMatch(folded::contains)) {
					long id = ((BaseEntity) item).getId();
					hits.add(new Hit(kind.capitalizedLabel(), title, kind.editUrl(id),
							excerpt(text, folded, words.get(0))));
				}
			}
		}
		return hits;
	}

	private static String title(TrackedKinds.Kind kind, Object item) {
		Object target = Hibernate.unproxy(item);
		Field field = ReflectionUtils.findField(target.getClass(), kind.content().title());
		if (field == null) {
			return kind.title(target);
		}
		ReflectionUtils.makeAccessible(field);
		Object title = ReflectionUtils.getField(field, target);
		return (title != null) ? title.toString() : "";
	}

	private static String text(Object item) {
		StringBuilder text = new StringBuilder();
		for (Object value : TrackedKinds.values(item).values()) {
			if (value != null) {
				String string = value.toString();
				text.append(string.contains("<") ? HtmlText.plain(string) : string).append(" \n ");
			}
		}
		return text.toString();
	}

	private static String excerpt(String text, String folded, String word) {
		int at = folded.indexOf(word);
		int start = Math.max(0, at - EXCERPT_LENGTH / 3);
		int end = Math.min(text.length(), start + EXCERPT_LENGTH);
		String excerpt = text.substring(start, end).replaceAll("\\s+", " ").strip();
		return ((start > 0) ? "… " : "") + excerpt + ((end < text.length()) ? " …" : "");
	}

	/**
	 * Lower case without accents, character by character so that positions in the folded
	 * text are those of the original.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
			folded.append((base == '’') ? '\'' : Character.toLowerCase(base));
		}
		return folded.toString();
	}

	/**
	 * Something found: what it is, its name, where it is edited, and the words around the
	 * match.
	 */
	public record Hit(String kind, String title, String editUrl, String excerpt) {
	}

}
