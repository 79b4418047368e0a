package fr.peringenierie.site.mail;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff read why a notification failed in French words, never a Java exception.
 */
class MailFailuresTests {

	@Test
	void eachFailureIsToldInFrench() {
		assertThat(MailFailures.explain(new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")))))
			.startsWith("Le serveur de messagerie ne répond pas");
		assertThat(MailFailures.explain(new MailSendException("Failed messages", null,
				Map.of(new Object(), new MessagingException("x", new UnknownHostException("smtp.example"))))))
			.startsWith("Le serveur de messagerie est introuvable");
		assertThat(MailFailures.explain(new MailAuthenticationException(new AuthenticationFailedException("535"))))
			.contains("identifiant ou le mot de passe");
		assertThat(MailFailures.explain(new MailSendException("Failed", new SendFailedException("550 no such user"))))
			.contains("adresse destinataire");
		assertThat(MailFailures.explain(new MailSendException("Unexpected")))
			.isEqualTo("Le serveur de messagerie a refusé le message.");
		assertThat(MailFailures.explain(new IllegalStateException("boom"))).doesNotContain("boom", "Exception");
	}

}
