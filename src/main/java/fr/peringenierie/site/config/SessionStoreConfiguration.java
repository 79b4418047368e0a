package fr.peringenierie.site.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions kept in the database, written so that two requests of the same person at once
 * (two tabs, several photos sent together, each leaving a message for the next page) do
 * not both insert the same attribute: the second updates it. Spring Session's plain
 * insert failed the second request with a duplicate key, a 500.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** H2's upsert, which its PostgreSQL mode does not take in the PostgreSQL form. */
	static final String H2_CREATE_SESSION_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesWrittenOnceEach(DataSource dataSource) {
		String database = productName(dataSource);
		if (database.contains("postgresql")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (database.contains("h2")) {
			return (repository) -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
		}
		// Unknown, or down at start: the plain insert, which works for one request at a
		// time.
		return (repository) -> {
		};
	}

	private static String productName(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		}
		catch (SQLException ex) {
			// The database is down at start: the plain insert stays, which works alone.
			return "";
		}
	}

}
