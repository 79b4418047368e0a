package fr.peringenierie.site.config;

import java.time.Duration;

import fr.peringenierie.site.web.ContentRevision;
import fr.peringenierie.site.web.FormErrorStatusInterceptor;
import fr.peringenierie.site.web.LayoutModelInterceptor;
import fr.peringenierie.site.web.RenderedPageCache;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final LayoutModelInterceptor layoutModel;

	WebConfiguration(LayoutModelInterceptor layoutModel) {
		this.layoutModel = layoutModel;
	}

	/**
	 * Runs just before Spring Security's filters: a cached page is served without them,
	 * with the headers they gave it when it was rendered.
	 */
	@Bean
	RenderedPageCache renderedPageCache(ContentRevision revision,
			@Value("${per.cache.revision-check-interval:0s}") Duration checkInterval) {
		return new RenderedPageCache(revision, checkInterval);
	}

	@Bean
	FilterRegistrationBean<RenderedPageCache> renderedPageCacheRegistration(RenderedPageCache cache) {
		FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorStatusInterceptor());
		registry.addInterceptor(this.layoutModel);
	}

}
