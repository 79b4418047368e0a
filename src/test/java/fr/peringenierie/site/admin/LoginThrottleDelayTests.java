package fr.peringenierie.site.admin;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a client or a user name waits after failed sign-ins.
 */
class LoginThrottleDelayTests {

	@Test
	void theFreeFailuresCostNothingThenTheWaitDoublesUpToItsMaximum() {
		Duration max = LoginThrottle.MAX_CLIENT_DELAY;
		assertThat(LoginThrottle.delayAfter(0, 5, max)).isZero();
		assertThat(LoginThrottle.delayAfter(4, 5, max)).isZero();
		assertThat(LoginThrottle.delayAfter(5, 5, max)).hasSeconds(5);
		assertThat(LoginThrottle.delayAfter(6, 5, max)).hasSeconds(10);
		assertThat(LoginThrottle.delayAfter(9, 5, max)).hasSeconds(80);
		assertThat(LoginThrottle.delayAfter(12, 5, max)).hasSeconds(640);
		assertThat(LoginThrottle.delayAfter(13, 5, max)).isEqualTo(max);
		assertThat(LoginThrottle.delayAfter(Integer.MAX_VALUE, 5, max)).isEqualTo(max);
	}

	@Test
	void aUserNameWaitsAMinuteAtMost() {
		assertThat(LoginThrottle.delayAfter(19, LoginThrottle.FREE_ACCOUNT_FAILURES, LoginThrottle.MAX_ACCOUNT_DELAY))
			.isZero();
		assertThat(
				LoginThrottle.delayAfter(1_000, LoginThrottle.FREE_ACCOUNT_FAILURES, LoginThrottle.MAX_ACCOUNT_DELAY))
			.isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void userNamesAreCountedWhateverTheirCaseAndSpaces() {
		assertThat(LoginThrottle.accountKey(" Marie ")).isEqualTo(LoginThrottle.accountKey("marie"));
		assertThat(LoginThrottle.accountKey("x".repeat(10_000))).hasSizeLessThanOrEqualTo(200);
		assertThat(LoginThrottle.accountKey(null)).isEqualTo("account:");
	}

}
