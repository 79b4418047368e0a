package fr.peringenierie.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	private volatile List<Page> pages;

	public PublicPages(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/**
	 * Whether the page at this path is the same for every visitor.
	 */
	public boolean isCacheable(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return pages().stream().anyMatch((page) -> page.cacheable() && page.pattern().matches(container));
	}

	/**
	 * The public pages without variables that belong in the sitemap, in declaration order
	 * of their handlers' paths.
	 */
	public List<String> sitemapPaths() {
		return pages().stream()
			.filter((page) -> page.inSitemap() && !page.pattern().hasPatternSyntax())
			.map((page) -> page.pattern().getPatternString())
			.sorted()
			.toList();
	}

	/**
	 * Every public page's path pattern, for the tests that visit them all.
	 */
	public List<String> patterns() {
		return pages().stream().map((page) -> page.pattern().getPatternString()).sorted().toList();
	}

	private List<Page> pages() {
		List<Page> found = this.pages;
		if (found == null) {
			found = new ArrayList<>();
			for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
				PublicPage page = mapping.getValue().getMethodAnnotation(PublicPage.class);
				if (page != null && mapping.getKey().getPathPatternsCondition() != null) {
					for (PathPattern pattern : mapping.getKey().getPathPatternsCondition().getPatterns()) {
						found.add(new Page(pattern, page.cacheable(), page.inSitemap()));
					}
				}
			}
			this.pages = found = List.copyOf(found);
		}
		return found;
	}

	private record Page(PathPattern pattern, boolean cacheable, boolean inSitemap) {

	}

}
