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

}
