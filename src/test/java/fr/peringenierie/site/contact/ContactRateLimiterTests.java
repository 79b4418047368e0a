package fr.peringenierie.site.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-client limit of contact requests: a sliding window of accepted requests.
 */
class ContactRateLimiterTests {

	static final Instant START = Instant.parse("2026-11-25T13:00:00Z");

	MutableClock clock = new MutableClock(START);

	ContactRateLimiter limiter = new ContactRateLimiter(
			new ContactProperties(null, 2, Duration.ofMinutes(10), null, null, null), this.clock);

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
		assertThat(this.limiter.refusal(Duration.ofMinutes(7))).contains("2 demandes en 10 minutes",
				"à partir de 14 h 08", "dans 7 minutes");
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
