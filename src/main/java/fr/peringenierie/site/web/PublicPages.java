package fr.peringenierie.site.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
		Pages pages = pages();
		if (pages.cacheablePaths().contains(path)) {
			return true;
		}
		// A fixed path wins over a pattern that matches it too, as in the handler
		// mapping: /recrutement/candidature (a form) is not /recrutement/{slug}.
		if (pages.otherPaths().contains(path)) {
			return false;
		}
		// Asked on every request, before the cache: only pages with variables need
		// matching, the most specific first.
		PathContainer container = PathContainer.parsePath(path);
		return pages.patterns()
			.stream()
			.filter((page) -> page.pattern().matches(container))
			.findFirst()
			.map(Page::cacheable)
			.orElse(false);
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
						found.add(new Page(pattern, page.cacheable(), page.inSitemap()));
					}
				}
			}
			pages = Pages.of(found);
			this.pages = pages;
		}
		return pages;
	}

	private record Page(PathPattern pattern, boolean cacheable, boolean inSitemap) {

	}

	/**
	 * The pages, split between fixed paths (looked up), cacheable or not, and paths with
	 * variables (matched, the most specific first).
	 */
	private record Pages(List<Page> all, Set<String> cacheablePaths, Set<String> otherPaths, List<Page> patterns) {

		static Pages of(List<Page> pages) {
			Set<String> cacheable = new HashSet<>();
			Set<String> other = new HashSet<>();
			List<Page> patterns = new ArrayList<>();
			for (Page page : pages) {
				if (page.pattern().hasPatternSyntax()) {
					patterns.add(page);
				}
				else {
					(page.cacheable() ? cacheable : other).add(page.pattern().getPatternString());
				}
			}
			patterns.sort((one, two) -> PathPattern.SPECIFICITY_COMPARATOR.compare(one.pattern(), two.pattern()));
			return new Pages(List.copyOf(pages), Set.copyOf(cacheable), Set.copyOf(other), List.copyOf(patterns));
		}

	}

}
