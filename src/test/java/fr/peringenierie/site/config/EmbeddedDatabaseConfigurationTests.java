package fr.peringenierie.site.config;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the URL says, every connection to an embedded database writes each commit to
 * disk before it returns.
 */
class EmbeddedDatabaseConfigurationTests {

	@TempDir
	Path folder;

	@Test
	void commitsAreWrittenAtOnceWhateverTheUrlSays() throws SQLException {
		for (String settings : new String[] { "", ";WRITE_DELAY=500", ";MODE=PostgreSQL;WRITE_DELAY=2000" }) {
			try (HikariDataSource pool = pool("jdbc:h2:file:" + this.folder.resolve("base") + settings, null)) {
				assertThat(writeDelay(pool)).as(settings).isZero();
			}
		}
	}

	@Test
	void anOperatorsOwnInitialisationStillRuns() throws SQLException {
		try (HikariDataSource pool = pool("jdbc:h2:file:" + this.folder.resolve("base"), "SET @operator = 'oui'")) {
			assertThat(writeDelay(pool)).isZero();
			try (Connection connection = pool.getConnection();
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select @operator")) {
				result.next();
				assertThat(result.getString(1)).isEqualTo("oui");
			}
		}
	}

	@Test
	void otherDatabasesAreLeftAlone() {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/none");
			EmbeddedDatabaseConfiguration.durableEmbeddedCommits().postProcessAfterInitialization(pool, "dataSource");
			assertThat(pool.getConnectionInitSql()).isNull();
		}
	}

	private static HikariDataSource pool(String url, String initSql) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername("sa");
		pool.setConnectionInitSql(initSql);
		EmbeddedDatabaseConfiguration.durableEmbeddedCommits().postProcessAfterInitialization(pool, "dataSource");
		return pool;
	}

	private static int writeDelay(HikariDataSource pool) throws SQLException {
		try (Connection connection = pool.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
			assertThat(result.next()).isTrue();
			return Integer.parseInt(result.getString(1));
		}
	}

}
