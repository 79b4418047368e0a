package fr.peringenierie.site;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for the tests that need one: the server named by
 * {@code PER_TEST_POSTGRES_URL} (with {@code PER_TEST_POSTGRES_USERNAME} and
 * {@code PER_TEST_POSTGRES_PASSWORD}) when set, else a Testcontainers PostgreSQL where
 * Docker runs. With neither, the tests are skipped on a developer's machine and fail in
 * CI ({@code CI=true}), where a missing database must never pass unnoticed.
 */
public final class PostgresTestDatabase {

	private static Connection connection;

	private PostgresTestDatabase() {
	}

	public static synchronized Connection obtain() {
		if (connection == null) {
			connection = connect();
		}
		return connection;
	}

	private static Connection connect() {
		String url = System.getenv("PER_TEST_POSTGRES_URL");
		if (url != null && !url.isBlank()) {
			return new Connection(url, env("PER_TEST_POSTGRES_USERNAME", "postgres"),
					env("PER_TEST_POSTGRES_PASSWORD", ""));
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		String message = "Aucun PostgreSQL pour les tests : définissez PER_TEST_POSTGRES_URL "
				+ "(par exemple jdbc:postgresql://127.0.0.1:5432/test) ou démarrez Docker.";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(message);
		}
		Assumptions.abort(message);
		return null;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	/**
	 * How to reach the database.
	 */
	public record Connection(String url, String username, String password) {

		/**
		 * The URL with the given schema as the session's search path.
		 */
		public String urlWithSchema(String schema) {
			return this.url + (this.url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		}

	}

}
