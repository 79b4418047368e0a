package fr.peringenierie.site.config;

import fr.peringenierie.site.web.ContentRevision;
import fr.peringenierie.site.web.FormErrorStatusInterceptor;
import fr.peringenierie.site.web.RenderedPageCache;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Runs after Spring Security's filters, so that cached pages get the same security
	 * headers as freshly rendered ones.
	 */
	@Bean
	RenderedPageCache renderedPageCache(ContentRevision revision) {
		return new RenderedPageCache(revision);
	}

	@Bean
	FilterRegistrationBean<RenderedPageCache> renderedPageCacheRegistration(RenderedPageCache cache) {
		FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(0);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorStatusInterceptor());
	}

}
