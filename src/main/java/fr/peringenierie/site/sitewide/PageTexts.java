package fr.peringenierie.site.sitewide;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the page texts, looked up by code. A text that staff deleted
 * reads as empty, so a page never breaks for want of a passage.
 */
public final class PageTexts {

	private final Map<String, String> bodies;

	private PageTexts(Map<String, String> bodies) {
		this.bodies = bodies;
	}

	public static PageTexts of(List<PageText> texts) {
		return new PageTexts(
				texts.stream().collect(Collectors.toUnmodifiableMap(PageText::getCode, PageText::getBody)));
	}

	public String get(String code) {
		return this.bodies.getOrDefault(code, "");
	}

}
