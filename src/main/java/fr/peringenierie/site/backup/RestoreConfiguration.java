package fr.peringenierie.site.backup;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar site.jar --per.restore.file=FILE}: the start-up migrations restore the
 * backup (see {@link RestoreOnStart}), then the application stops before anything else
 * runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(RestoreOnStart.FILE)
class RestoreConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(RestoreConfiguration.class);

	@Bean
	FlywayMigrationStrategy restoreOnStart(Environment environment, JsonMapper jsonMapper) {
		return new RestoreOnStart(Path.of(environment.getRequiredProperty(RestoreOnStart.FILE)),
				environment.getProperty(RestoreOnStart.REPLACE, Boolean.class, false), jsonMapper);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ApplicationRunner stopOnceRestored(ConfigurableApplicationContext context) {
		return (arguments) -> {
			logger.warn("Relancez l’application sans --{} pour servir le site restauré.", RestoreOnStart.FILE);
			System.exit(SpringApplication.exit(context, () -> 0));
		};
	}

}
