package fr.peringenierie.site.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-client limit of contact requests, kept in the database that every instance
 * shares.
 */
@SiteIntegrationTest
class ContactRateLimiterTests {

	static final Instant START = Instant.parse("2026-11-25T13:00:00Z");

	MutableClock clock = new MutableClock(START);

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	ContactRateLimiter limiter;

	@BeforeEach
	void limiter() {
		this.jdbc.update("delete from " + ContactRateLimiter.TABLE + " where id like '10.0.0.%'");
		this.limiter = new ContactRateLimiter(new ContactProperties(null, 2, Duration.ofMinutes(10), null, null, null),
				this.clock, this.dataSource);
	}

	@Test
	void twoInstancesShareTheLimit() {
		Assumptions.assumeTrue(this.limiter.isShared(),
				"H2 embarqué : une seule instance peut ouvrir la base, la limite est en mémoire");
		ContactRateLimiter other = new ContactRateLimiter(
				new ContactProperties(null, 2, Duration.ofMinutes(10), null, null, null), this.clock, this.dataSource);
		assertThat(this.limiter.tryAcquire("10.0.0.9")).isZero();
		assertThat(other.tryAcquire("10.0.0.9")).isZero();
		assertThat(this.limiter.tryAcquire("10.0.0.9")).isPositive();
		assertThat(other.tryAcquire("10.0.0.9")).isPositive();
	}

	@Test
	void concurrentRequestsNeverGetMorePlacesThanTheLimit() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		List<Future<Duration>> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			answers.add(clients.submit(() -> this.limiter.tryAcquire("10.0.0.8")));
		}
		int accepted = 0;
		for (Future<Duration> answer : answers) {
			if (answer.get().isZero()) {
				accepted++;
			}
		}
		clients.shutdown();
		assertThat(accepted).isEqualTo(2);
	}

	@Test
	void aClientGetsAsManyPlacesAsTheLimitThenWaitsForTheOldestToLeaveTheWindow() {
		assertThat(this.limiter.tryAcquire("10.0.0.1")).isZero();
		this.clock.advance(Duration.ofMinutes(3));
		assertThat(this.limiter.tryAcquire("10.0.0.1")).isZero();
		assertThat(this.limiter.tryAcquire("10.0.0.1")).isEqualTo(Duration.ofMinutes(7));
		assertThat(this.limiter.tryAcquire("10.0.0.2")).as("un autre client").isZero();
		this.clock.advance(Duration.ofMinutes(7));
		assertThat(this.limiter.tryAcquire("10.0.0.1")).isZero();
	}

	@Test
	void aReleasedPlaceCanBeTakenAgain() {
		this.limiter.tryAcquire("10.0.0.3");
		this.limiter.tryAcquire("10.0.0.3");
		this.limiter.release("10.0.0.3");
		assertThat(this.limiter.tryAcquire("10.0.0.3")).isZero();
	}

	@Test
	void theRefusalSaysFromWhatTimeInFranceANewRequestIsAccepted() {
		assertThat(this.limiter.refusal(Duration.ofMinutes(7), null))
			.contains("2 demandes en 10 minutes", "à partir de 14 h 08", "dans 7 minutes")
			.doesNotContain("appelez");
		assertThat(this.limiter.refusal(Duration.ofMinutes(7), "04 67 12 34 56"))
			.contains("appelez-nous au 04 67 12 34 56");
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
