package fr.peringenierie.site.config;

import java.util.List;

import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands Hibernate every {@link Integrator} of the application (the content revision, the
 * revisions of tracked content), so that each one listens to the rows written.
 */
@Configuration(proxyBeanMethods = false)
class HibernateIntegrators {

	@Bean
	HibernatePropertiesCustomizer integratorProvider(ObjectProvider<Integrator> integrators) {
		return (properties) -> properties.put(JpaSettings.INTEGRATOR_PROVIDER,
				(IntegratorProvider) () -> List.copyOf(integrators.orderedStream().toList()));
	}

}
