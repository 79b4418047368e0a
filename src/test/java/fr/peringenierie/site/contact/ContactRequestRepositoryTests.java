package fr.peringenierie.site.contact;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written queries of the notification outbox, on the schema the migrations
 * create (the test database: H2, or PostgreSQL in CI), with JPA alone.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class ContactRequestRepositoryTests {

	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	@Autowired
	ContactRequestRepository requests;

	@Test
	void aDueNotificationIsClaimedByOneSenderOnly() {
		ContactRequest request = this.requests.saveAndFlush(new ContactRequest("cle-depot-0000000001", NOW,
				form("Un message à notifier une seule fois."), "Département Structure"));
		Instant until = NOW.plus(Duration.ofMinutes(5));

		assertThat(this.requests.findDueNotifications(NOW.minusSeconds(1))).doesNotContain(request.getId());
		assertThat(this.requests.findDueNotifications(NOW)).contains(request.getId());
		assertThat(this.requests.claimNotification(request.getId(), NOW, until)).isOne();
		assertThat(this.requests.claimNotification(request.getId(), NOW, until)).as("déjà pris par un autre envoi")
			.isZero();
		assertThat(this.requests.findDueNotifications(NOW)).doesNotContain(request.getId());
		assertThat(this.requests.findDueNotifications(until)).as("repris si l’envoi s’est arrêté")
			.contains(request.getId());
	}

	@Test
	void requestsWithoutANotificationToSendAreNeverClaimed() {
		ContactRequest spam = new ContactRequest("cle-depot-0000000002", NOW, form("Message d’un robot, bien sûr."),
				"Autre demande");
		spam.markAsSpam("test");
		this.requests.saveAndFlush(spam);
		assertThat(this.requests.findDueNotifications(NOW.plus(Duration.ofDays(1)))).doesNotContain(spam.getId());
		assertThat(this.requests.claimNotification(spam.getId(), NOW, NOW.plusSeconds(60))).isZero();
	}

	private static ContactForm form(String message) {
		ContactForm form = ContactForm.blank();
		form.setName("Jeanne Martin");
		form.setEmail("jeanne.martin@example.org");
		form.setSubject("structure");
		form.setMessage(message);
		return form;
	}

}
