package fr.peringenierie.site;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Empties the test database and migrates it again when the context starts, so that every
 * run begins with the brochure seed, on an in-memory H2 or on a PostgreSQL kept between
 * runs alike.
 */
@TestConfiguration(proxyBeanMethods = false)
class FreshDatabaseConfiguration {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
