package fr.peringenierie.site.admin;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.peringenierie.site.mail.MailOutbox;
import fr.peringenierie.site.web.PublicAddress;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person, by e-mail, that her account was opened from a browser it had never been
 * opened from: if it was not her, she knows at once.
 */
@Component
class SignInNotices {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	private final StaffAccounts accounts;

	private final MailOutbox outbox;

	private final PublicAddress site;

	private final Clock clock;

	SignInNotices(StaffAccounts accounts, MailOutbox outbox, PublicAddress site, Clock clock) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.site = site;
		this.clock = clock;
	}

	@Transactional
	void newDevice(String username, String clientAddress, String userAgent) {
		this.accounts.email(username).ifPresent((email) -> {
			String browser = new SignIns.SignIn(this.clock.instant(), clientAddress, userAgent).browser();
			this.outbox.queue(email, "Nouvelle connexion à votre compte PER INGÉNIERIE",
					"""
							Bonjour,

							Votre compte « %s » de l’administration du site a été ouvert depuis un navigateur qu’il ne connaissait pas :

							Date : %s
							Navigateur : %s
							Adresse IP : %s

							Si c’était vous, il n’y a rien à faire.
							Sinon, changez tout de suite votre mot de passe (%s) et prévenez un administrateur.
							"""
						.formatted(username, WHEN.format(this.clock.instant()), browser, clientAddress,
								this.site.absoluteUrl(AccountController.PATH)));
		});
	}

}
