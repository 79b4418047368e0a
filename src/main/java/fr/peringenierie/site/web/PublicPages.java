package fr.peringenierie.site.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The public pages, as their handlers declare them with {@link PublicPage}: read once
 * from the request mappings, so that no list of pages is ever written twice.
 */
@Component
public class PublicPages {

	private final RequestMappingHandlerMapping mappings;

	private volatile Pages pages;

	public PublicPages(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/**
	 * Whether the page at this path is the same for every visitor.
	 */
	public boolean isCacheable(String path) {
		return cachedParameters(path).isPresent();
	}

	/**
	 * What the page cache keeps of the page at this path: nothing (empty) when the page
	 * is not the same for every visitor, else the query parameters that make it another
	 * page.
	 */
	public Optional<Set<String>> cachedParameters(String path) {
		Pages pages = pages();
		// A fixed path wins over a pattern that matches it too, as in the handler
		// mapping: /recrutement/candidature (a form) is not /recrutement/{slug}.
		Page page = pages.fixed().get(path);
		if (page == null) {
			// Asked on every request, before the cache: only pages with variables need
			// matching, the most specific first.
			PathContainer container = PathContainer.parsePath(path);
			page = pages.patterns()
				.stream()
				.filter((candidate) -> candidate.pattern().matches(container))
				.findFirst()
				.orElse(null);
		}
		return (page != null && page.cacheable()) ? Optional.of(page.parameters()) : Optional.empty();
	}

	/**
	 * The public pages without variables that belong in the sitemap, in declaration order
	 * of their handlers' paths.
	 */
	public List<String> sitemapPaths() {
		return pages().all()
			.stream()
			.filter((page) -> page.inSitemap() && !page.pattern().hasPatternSyntax())
			.map((page) -> page.pattern().getPatternString())
			.sorted()
			.toList();
	}

	/**
	 * Every public page's path pattern, for the tests that visit them all.
	 */
	public List<String> patterns() {
		return pages().all().stream().map((page) -> page.pattern().getPatternString()).sorted().toList();
	}

	private Pages pages() {
		Pages pages = this.pages;
		if (pages == null) {
			List<Page> found = new ArrayList<>();
			for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
				PublicPage page = mapping.getValue().getMethodAnnotation(PublicPage.class);
				if (page != null && mapping.getKey().getPathPatternsCondition() != null) {
					for (PathPattern pattern : mapping.getKey().getPathPatternsCondition().getPatterns()) {
						found.add(new Page(pattern, page.cacheable(), page.inSitemap(), Set.of(page.parameters())));
					}
				}
			}
			pages = Pages.of(found);
			this.pages = pages;
		}
		return pages;
	}

	private record Page(PathPattern pattern, boolean cacheable, boolean inSitemap, Set<String> parameters) {

	}

	/**
	 * The pages, split between fixed paths (looked up), cacheable or not, and paths with
	 * variables (matched, the most specific first).
	 */
	private record Pages(List<Page> all, Map<String, Page> fixed, List<Page> patterns) {

		static Pages of(List<Page> pages) {
			Map<String, Page> fixed = new HashMap<>();
			List<Page> patterns = new ArrayList<>();
			for (Page page : pages) {
				if (page.pattern().hasPatternSyntax()) {
					patterns.add(page);
				}
				else {
					fixed.put(page.pattern().getPatternString(), page);
				}
			}
			patterns.sort((one, two) -> PathPattern.SPECIFICITY_COMPARATOR.compare(one.pattern(), two.pattern()));
			return new Pages(List.copyOf(pages), Map.copyOf(fixed), List.copyOf(patterns));
		}

	}

}
