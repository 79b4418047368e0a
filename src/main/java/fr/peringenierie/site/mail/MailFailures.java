package fr.peringenierie.site.mail;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why an e-mail could not be sent, told the way staff understand it; the technical detail
 * belongs in the log.
 */
public final class MailFailures {

	private MailFailures() {
	}

	public static String explain(Exception failure) {
		if (failure instanceof MailAuthenticationException || causedBy(failure, AuthenticationFailedException.class)) {
			return "Le serveur de messagerie a refusé l’identifiant ou le mot de passe configurés pour le site.";
		}
		if (causedBy(failure, UnknownHostException.class)) {
			return "Le serveur de messagerie est introuvable : son adresse, configurée pour le site, est inconnue.";
		}
		if (causedBy(failure, ConnectException.class) || causedBy(failure, SocketTimeoutException.class)
				|| hasInChain(failure, "MailConnectException")) {
			return "Le serveur de messagerie ne répond pas : il est peut-être arrêté, ou son adresse ou son port sont mal configurés.";
		}
		if (causedBy(failure, SendFailedException.class)) {
			return "Le serveur de messagerie a refusé l’adresse destinataire : vérifiez-la dans les paramètres (Notifications).";
		}
		if (failure instanceof MailParseException || failure instanceof MailPreparationException) {
			return "Le message n’a pas pu être préparé : une adresse e-mail configurée est invalide.";
		}
		if (failure instanceof MailException) {
			return "Le serveur de messagerie a refusé le message.";
		}
		return "L’envoi a échoué pour une raison inattendue : le détail est dans le journal du serveur.";
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasInChain(Throwable failure, String simpleName) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause.getClass().getSimpleName().equals(simpleName)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The next cause, including the failed messages' own exceptions that Spring keeps
	 * aside from the cause chain.
	 */
	private static Throwable next(Throwable failure) {
		if (failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()
				&& failure.getCause() == null) {
			return send.getFailedMessages().values().iterator().next();
		}
		Throwable cause = failure.getCause();
		if (cause == null && failure instanceof MessagingException messaging) {
			cause = messaging.getNextException();
		}
		return (cause == failure) ? null : cause;
	}

}
