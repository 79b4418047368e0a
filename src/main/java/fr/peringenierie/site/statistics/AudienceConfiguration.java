package fr.peringenierie.site.statistics;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The audience filter, first of all, so that it sees the pages the cache serves too.
 */
@Configuration(proxyBeanMethods = false)
class AudienceConfiguration {

	@Bean
	FilterRegistrationBean<AudienceFilter> audienceFilter(AudienceRecorder recorder) {
		FilterRegistrationBean<AudienceFilter> registration = new FilterRegistrationBean<>(
				new AudienceFilter(recorder));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
