package fr.peringenierie.site.contact;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactRequestBackoffTests {

	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	@Test
	void failedDeliveriesAreRetriedAfterADelayThatDoubles() {
		ContactRequest request = request();
		request.notificationFailed(NOW, "refusé", 8);
		assertThat(request.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		request.notificationFailed(NOW, "refusé", 8);
		assertThat(request.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
		request.notificationFailed(NOW, "refusé", 8);
		assertThat(request.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
		assertThat(request.getNotificationStatus()).isEqualTo(NotificationStatus.PENDING);
		assertThat(request.getNotificationError()).isEqualTo("refusé");
	}

	@Test
	void theDelayNeverExceedsAnHour() {
		ContactRequest request = request();
		for (int i = 0; i < 9; i++) {
			request.notificationFailed(NOW, "refusé", 20);
		}
		assertThat(request.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
	}

	@Test
	void afterTheLastAttemptTheNotificationIsMarkedFailedUntilStaffResendIt() {
		ContactRequest request = request();
		for (int i = 0; i < 3; i++) {
			request.notificationFailed(NOW, "refusé", 3);
		}
		assertThat(request.getNotificationStatus()).isEqualTo(NotificationStatus.FAILED);
		assertThat(request.getNextAttemptAt()).isNull();
		request.queueNotification(NOW);
		assertThat(request.getNotificationStatus()).isEqualTo(NotificationStatus.PENDING);
		assertThat(request.getNotificationAttempts()).isZero();
		assertThat(request.getNextAttemptAt()).isEqualTo(NOW);
	}

	static ContactRequest request() {
		ContactForm form = ContactForm.blank();
		form.setName("Jeanne");
		form.setEmail("j@example.org");
		form.setSubject("amo");
		form.setMessage("Un message");
		return new ContactRequest(form.getSubmissionKey(), NOW, form, "Département AMO");
	}

}
