package fr.peringenierie.site;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.peringenierie.site.web.Databases;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pool retires its connections (Hikari's {@code maxLifetime}, 30 minutes by default),
 * among them the one that ran the migrations: the database must go on accepting every
 * write afterwards. On H2 2.4.240 a check constraint {@code IN (…)} stayed bound to the
 * session that created it (h2database#4291, fixed by #4311 in 2.5): the first write to
 * such a table after that connection closed failed, until the next restart.
 */
@SiteIntegrationTest
class ConnectionRetirementTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyCheckedTableAcceptsWritesAfterSeveralRetirementsOfEveryConnection() {
		for (int retirement = 1; retirement <= 3; retirement++) {
			retireEveryConnection();
			String name = "retraite-" + retirement;
			this.jdbc.update(
					"insert into staff_user (username, password_hash, role, created_at) values (?, ?, 'ADMIN', ?)",
					name, "{noop}x", Timestamp.from(Instant.now()));
			this.jdbc.update("update staff_user set role = 'EDITOR' where username = ?", name);
			this.jdbc.update("""
					insert into contact_request (submission_key, received_at, last_exchange_at, name, email,
					    subject_code, subject_label, message, status, notification_status)
					values (?, ?, ?, 'Retraite', 'retraite@example.test', 'autre', 'Autre', 'Bonjour', 'NEW', 'PENDING')
					""", UUID.randomUUID().toString(), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
			this.jdbc.update("update contact_request set status = 'DONE', internal_note = 'Rappelé', "
					+ "notification_status = 'SENT' where name = 'Retraite'");
			this.jdbc.update("update team_role set headcount = headcount where id = (select min(id) from team_role)");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from staff_user where username like 'retraite-%'",
				Integer.class))
			.isEqualTo(3);
		this.jdbc.update("delete from staff_user where username like 'retraite-%'");
		this.jdbc.update("delete from contact_request where name = 'Retraite'");
	}

	/**
	 * What {@code maxLifetime} does to each connection, done now to all of them: closed
	 * (once idle, in the background) and replaced. On H2, waits a few seconds for the
	 * sessions of before to end; other contexts of the test run may hold sessions of
	 * their own on the same database, which never end here, hence no failure if some
	 * remain.
	 */
	private void retireEveryConnection() {
		HikariDataSource pool = (HikariDataSource) this.dataSource;
		if (Databases.isPostgreSql(this.dataSource)) {
			pool.getHikariPoolMXBean().softEvictConnections();
			return;
		}
		String sessions = "select session_id from information_schema.sessions";
		List<Long> before = this.jdbc.queryForList(sessions, Long.class);
		pool.getHikariPoolMXBean().softEvictConnections();
		try {
			await().atMost(Duration.ofSeconds(5))
				.until(() -> Collections.disjoint(this.jdbc.queryForList(sessions, Long.class), before));
		}
		catch (ConditionTimeoutException ex) {
			// Sessions of another context: ours are closed by now.
		}
	}

}
