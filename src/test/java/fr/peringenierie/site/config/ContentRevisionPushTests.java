package fr.peringenierie.site.config;

import java.sql.Connection;
import java.time.Duration;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.PublicContentChanges;
import fr.peringenierie.site.web.RenderedPageCache;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On PostgreSQL, a revision committed by another instance reaches this one's page cache
 * by notification, without a read per request.
 */
@SiteIntegrationTest
class ContentRevisionPushTests {

	@Autowired
	RenderedPageCache cache;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aRevisionCommittedElsewhereIsPushedAtOnce() {
		String database = this.jdbc
			.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
		Assumptions.assumeTrue("PostgreSQL".equals(database),
				"LISTEN/NOTIFY est propre à PostgreSQL ; H2 embarqué ne sert qu’une instance");
		await().atMost(Duration.ofSeconds(10)).until(this.cache::isPushed);
		long before = this.cache.knownRevision();
		// Another instance commits a change: the bump and the notification it sends.
		long started = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update(PublicContentChanges.BUMP);
			this.jdbc.queryForList(PublicContentChanges.NOTIFY);
		});
		long committed = System.nanoTime();
		await().atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(1))
			.until(() -> this.cache.knownRevision() > before);
		long visible = System.nanoTime();
		assertThat(this.cache.knownRevision()).isEqualTo(before + 1);
		System.out.printf("Révision poussée %.1f ms après le commit (commit : %.1f ms)%n", (visible - committed) / 1e6,
				(committed - started) / 1e6);
	}

	@Test
	void killingTheListeningConnectionKeepsPagesFreshAndThePoolWhole() {
		String database = this.jdbc
			.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
		Assumptions.assumeTrue("PostgreSQL".equals(database), "LISTEN/NOTIFY est propre à PostgreSQL");
		await().atMost(Duration.ofSeconds(10)).until(this.cache::isPushed);
		String countPool = "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and application_name <> ?";
		assertThat(this.jdbc.queryForObject("select count(*) from pg_stat_activity where application_name = ?",
				Integer.class, ContentRevisionPush.APPLICATION_NAME))
			.as("l’écoute a sa propre connexion")
			.isOne();
		int poolBefore = this.jdbc.queryForObject(countPool, Integer.class, ContentRevisionPush.APPLICATION_NAME);
		String title = this.jdbc.queryForObject("select title from edito", String.class);
		try {
			assertThat(this.mvc.get().uri("/edito")).bodyText().contains(title);
			this.jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?",
					ContentRevisionPush.APPLICATION_NAME);
			// Another instance changes the page while nothing is listening.
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.update("update edito set title = 'Titre changé sans écoute'");
				this.jdbc.update(PublicContentChanges.BUMP);
			});
			await().atMost(Duration.ofSeconds(1))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> this.mvc.get()
					.uri("/edito")
					.exchange()
					.getResponse()
					.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
					.contains("Titre changé sans écoute"));
			await().atMost(Duration.ofSeconds(10)).until(this.cache::isPushed);
			assertThat(this.jdbc.queryForObject(countPool, Integer.class, ContentRevisionPush.APPLICATION_NAME))
				.as("le pool n’a perdu aucune connexion")
				.isGreaterThanOrEqualTo(poolBefore);
		}
		finally {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.update("update edito set title = ?", title);
				this.jdbc.update(PublicContentChanges.BUMP);
				this.jdbc.queryForList(PublicContentChanges.NOTIFY);
			});
		}
	}

}
