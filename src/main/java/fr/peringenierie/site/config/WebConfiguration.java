package fr.peringenierie.site.config;

import java.time.Duration;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import fr.peringenierie.site.admin.SessionExpiryInterceptor;
import fr.peringenierie.site.admin.TemporaryPasswordInterceptor;
import fr.peringenierie.site.revision.PendingDraftsInterceptor;
import fr.peringenierie.site.shell.LayoutModelInterceptor;
import fr.peringenierie.site.web.ContentRevision;
import fr.peringenierie.site.web.DatabaseOutageFilter;
import fr.peringenierie.site.web.FormErrorStatusInterceptor;
import fr.peringenierie.site.web.FrenchLocaleFilter;
import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.RenderedPageCache;
import fr.peringenierie.site.web.UploadSizeLimitFilter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final LayoutModelInterceptor layoutModel;

	private final PendingDraftsInterceptor pendingDrafts;

	private final SessionExpiryInterceptor sessionExpiry;

	private final TemporaryPasswordInterceptor temporaryPassword;

	WebConfiguration(LayoutModelInterceptor layoutModel, PendingDraftsInterceptor pendingDrafts,
			SessionExpiryInterceptor sessionExpiry, TemporaryPasswordInterceptor temporaryPassword) {
		this.layoutModel = layoutModel;
		this.pendingDrafts = pendingDrafts;
		this.sessionExpiry = sessionExpiry;
		this.temporaryPassword = temporaryPassword;
	}

	/**
	 * First of all (with the locale filter): a cached page is served without any other
	 * filter — no observation, session, encoding or security work — with the headers they
	 * gave it when it was rendered. On a miss the request goes through all of them.
	 */
	@Bean
	RenderedPageCache renderedPageCache(ContentRevision revision, PublicPages publicPages,
			@Value("${per.cache.revision-check-interval:0s}") Duration checkInterval) {
		return new RenderedPageCache(revision, publicPages::cachedParameters, checkInterval);
	}

	@Bean
	FilterRegistrationBean<RenderedPageCache> renderedPageCacheRegistration(RenderedPageCache cache) {
		FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(cache);
		// Just after the audience filter, which counts the pages served from here too.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * First of all, so that no filter asks Tomcat for the client's languages.
	 */
	@Bean
	FilterRegistrationBean<FrenchLocaleFilter> frenchLocaleFilter() {
		FilterRegistrationBean<FrenchLocaleFilter> registration = new FilterRegistrationBean<>(
				new FrenchLocaleFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	/**
	 * Before Spring Security, whose CSRF check would read the body first.
	 */
	@Bean
	FilterRegistrationBean<UploadSizeLimitFilter> uploadSizeLimitFilter(
			@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
		FilterRegistrationBean<UploadSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeLimitFilter(maxRequestSize));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		return registration;
	}

	/**
	 * Ahead of the session layer (Spring Session's filter comes at
	 * {@code HIGHEST_PRECEDENCE + 50}), which needs the database for every member of
	 * staff.
	 */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
			@Qualifier("thymeleafViewResolver") ViewResolver views) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(views));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorStatusInterceptor());
		registry.addInterceptor(this.layoutModel);
		registry.addInterceptor(this.pendingDrafts).addPathPatterns("/admin/**");
		registry.addInterceptor(this.sessionExpiry).addPathPatterns("/admin/**");
		registry.addInterceptor(this.temporaryPassword).addPathPatterns("/admin/**");
	}

}
