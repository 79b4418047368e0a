package fr.peringenierie.site.admin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.peringenierie.site.audit.AuditLog;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's passkeys, as « Mon compte » lists them: named, with when each was made and
 * last used; renamed or removed by their owner only. They are made by Spring Security's
 * registration (the page's script), which this never replaces.
 */
@Service
@Transactional
public class Passkeys {

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	private final AuditLog auditLog;

	Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials, AuditLog auditLog) {
		this.users = users;
		this.credentials = credentials;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<Passkey> of(String username) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(username);
		if (user == null) {
			return List.of();
		}
		return this.credentials.findByUserId(user.getId())
			.stream()
			.map(Passkey::of)
			.sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * Gives a passkey of this person a new name.
	 * @return false when she has no such passkey
	 */
	public boolean rename(String username, String id, String label) {
		return owned(username, id).map((credential) -> {
			this.credentials
				.save(ImmutableCredentialRecord.fromCredentialRecord(credential).label(label.strip()).build());
			this.auditLog.record("Clé d’accès renommée", "Compte « " + username + " » : « " + label.strip() + " »");
			return true;
		}).orElse(false);
	}

	/**
	 * Removes a passkey of this person: it no longer opens her account.
	 * @return false when she has no such passkey
	 */
	public boolean remove(String username, String id) {
		return owned(username, id).map((credential) -> {
			this.credentials.delete(credential.getCredentialId());
			this.auditLog.record("Clé d’accès retirée",
					"Compte « " + username + " » : « " + credential.getLabel() + " »");
			return true;
		}).orElse(false);
	}

	/**
	 * Removes every passkey of an account, for an administrator helping a person who lost
	 * her device (each removal is journaled and told to her).
	 * @return how many were removed
	 */
	public int removeAll(String username) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(username);
		if (user == null) {
			return 0;
		}
		List<CredentialRecord> all = this.credentials.findByUserId(user.getId());
		all.forEach((credential) -> this.credentials.delete(credential.getCredentialId()));
		return all.size();
	}

	private Optional<CredentialRecord> owned(String username, String id) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(username);
		if (user == null || id == null || !id.matches("[A-Za-z0-9_-]{1,1400}")) {
			return Optional.empty();
		}
		CredentialRecord credential = this.credentials.findByCredentialId(Bytes.fromBase64(id));
		return Optional.ofNullable(credential).filter((found) -> found.getUserEntityUserId().equals(user.getId()));
	}

	/**
	 * A passkey as its owner sees it.
	 */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {

		static Passkey of(CredentialRecord credential) {
			return new Passkey(credential.getCredentialId().toBase64UrlString(), credential.getLabel(),
					credential.getCreated(), credential.getLastUsed());
		}

	}

}
