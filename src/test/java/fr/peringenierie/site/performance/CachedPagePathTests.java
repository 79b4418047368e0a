package fr.peringenierie.site.performance;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.FrenchLocaleFilter;
import fr.peringenierie.site.web.RenderedPageCache;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached page is served before any filter it does not need: observation, session,
 * encoding, form and security filters only run when the page has to be rendered. Only the
 * locale, the encoding and the audience count come first.
 */
@SiteIntegrationTest
class CachedPagePathTests {

	@Autowired
	ListableBeanFactory beans;

	@Test
	void thePageCacheComesBeforeEveryOtherFilter() {
		List<String> filters = new ArrayList<>();
		for (ServletContextInitializer initializer : new ServletContextInitializerBeans(this.beans)) {
			if (initializer instanceof FilterRegistrationBean<?> registration) {
				filters.add(registration.getFilter().getClass().getSimpleName());
			}
			else if (initializer instanceof DelegatingFilterProxyRegistrationBean registration) {
				filters.add(registration.getFilterName());
			}
			else if (initializer instanceof AbstractFilterRegistrationBean<?> registration) {
				filters.add(registration.getFilterName());
			}
		}
		List<String> before = filters.subList(0, filters.indexOf(RenderedPageCache.class.getSimpleName()));
		assertThat(before).as("filtres avant le cache, dans l’ordre : " + filters)
			.allMatch((name) -> name.equals(FrenchLocaleFilter.class.getSimpleName())
					|| name.contains("CharacterEncodingFilter")
					// Counts the pages the cache serves too (it only reads the request).
					|| name.equals("AudienceFilter"));
		assertThat(filters).contains("ServerHttpObservationFilter", "springSessionRepositoryFilter",
				"springSecurityFilterChain");
	}

}
