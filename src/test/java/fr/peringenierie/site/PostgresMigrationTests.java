package fr.peringenierie.site;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentCatalog;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migrations build, on a real PostgreSQL, the schema the JPA mapping expects
 * (the context only starts if Hibernate validates it) with the whole seed. They run in a
 * schema of their own, emptied first, so that the database is left as it was found.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FreshDatabaseConfiguration.class)
class PostgresMigrationTests {

	static final String SCHEMA = "per_migration_tests";

	@BeforeAll
	static void requirePostgres() {
		PostgresTestDatabase.obtain();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.Connection connection = PostgresTestDatabase.obtain();
		registry.add("spring.datasource.url", () -> connection.urlWithSchema(SCHEMA));
		registry.add("spring.datasource.username", connection::username);
		registry.add("spring.datasource.password", connection::password);
		registry.add("spring.flyway.schemas", () -> SCHEMA);
		registry.add("spring.flyway.clean-disabled", () -> "false");
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Autowired
	DepartmentCatalog departments;

	@Test
	void everyMigrationSucceedsOnPostgres() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isEqualTo(this.flyway.info().applied().length);
	}

	@Test
	void seedIsCompleteOnPostgres() {
		assertThat(this.jdbc.queryForObject("select count(*) from project", Integer.class)).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select count(*) from tool", Integer.class)).isEqualTo(11);
		assertThat(this.jdbc.queryForObject("select sum(headcount) from team_role", Integer.class)).isEqualTo(30);
		assertThat(this.jdbc.queryForObject("select count(*) from section_item", Integer.class)).isEqualTo(104);
		Department amo = this.departments.findBySlug("amo").orElseThrow();
		assertThat(amo.getSections()).hasSize(4);
		assertThat(amo.getSections().get(2).getItems()).hasSize(17);
	}

}
