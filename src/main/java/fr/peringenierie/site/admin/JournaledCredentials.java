package fr.peringenierie.site.admin;

import java.util.List;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.mail.MailOutbox;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security's passkey store, with each passkey added or removed written to the
 * journal and told to its owner by e-mail: a passkey added by someone else would open her
 * account.
 */
final class JournaledCredentials implements UserCredentialRepository {

	private final UserCredentialRepository credentials;

	private final PublicKeyCredentialUserEntityRepository users;

	private final AuditLog auditLog;

	private final StaffAccounts accounts;

	private final MailOutbox outbox;

	private final TransactionTemplate transactions;

	JournaledCredentials(UserCredentialRepository credentials, PublicKeyCredentialUserEntityRepository users,
			AuditLog auditLog, StaffAccounts accounts, MailOutbox outbox, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.credentials = credentials;
		this.users = users;
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.outbox = outbox;
	}

	@Override
	public void save(CredentialRecord credential) {
		this.transactions.executeWithoutResult((status) -> {
			boolean added = this.credentials.findByCredentialId(credential.getCredentialId()) == null;
			this.credentials.save(credential);
			if (added) {
				told(credential, "Clé d’accès ajoutée", "ajoutée à");
			}
		});
	}

	@Override
	public void delete(Bytes credentialId) {
		this.transactions.executeWithoutResult((status) -> {
			CredentialRecord credential = this.credentials.findByCredentialId(credentialId);
			this.credentials.delete(credentialId);
			if (credential != null) {
				told(credential, "Clé d’accès retirée", "retirée de");
			}
		});
	}

	private void told(CredentialRecord credential, String action, String change) {
		PublicKeyCredentialUserEntity user = this.users.findById(credential.getUserEntityUserId());
		String username = (user != null) ? user.getName() : "?";
		this.auditLog.record(action, "Compte « " + username + " » : « " + credential.getLabel() + " »");
		this.accounts.email(username)
			.ifPresent((email) -> this.outbox.queue(email, action + " : votre compte PER INGÉNIERIE", """
					Bonjour,

					La clé d’accès « %s » a été %s votre compte « %s » de l’administration du site.

					Si ce n’est pas vous, prévenez tout de suite un administrateur.
					""".formatted(credential.getLabel(), change, username)));
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.credentials.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.credentials.findByUserId(userId);
	}

}
