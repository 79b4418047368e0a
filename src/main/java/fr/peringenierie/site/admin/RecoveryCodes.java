package fr.peringenierie.site.admin;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.mail.MailOutbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery codes: ten one-time codes an administrator writes down or prints, the second
 * factor left when her passkey and her mailbox are out of reach. Shown once, kept hashed
 * (each is random enough — 60 bits — for a plain SHA-256); a code serves once; making new
 * ones voids the old.
 */
@Service
@Transactional
public class RecoveryCodes {

	static final int COUNT = 10;

	/** Letters and digits that cannot be mistaken for one another when copied by hand. */
	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AuditLog auditLog;

	private final StaffAccounts accounts;

	private final MailOutbox outbox;

	private final SecureRandom random = new SecureRandom();

	RecoveryCodes(JdbcTemplate jdbc, Clock clock, AuditLog auditLog, StaffAccounts accounts, MailOutbox outbox) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.outbox = outbox;
	}

	/**
	 * Makes ten new codes, voiding the old ones.
	 * @return the codes, to be shown once
	 */
	public List<String> renew(String username) {
		this.jdbc.update("delete from recovery_code where username = ?", username);
		Timestamp now = Timestamp.from(this.clock.instant());
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			this.jdbc.update("insert into recovery_code (username, code_hash, created_at) values (?, ?, ?)", username,
					Keys.hash(code), now);
		}
		this.auditLog.record("Codes de secours créés", "Compte « " + username + " »");
		this.accounts.email(username)
			.ifPresent((email) -> this.outbox.queue(email, "Nouveaux codes de secours : votre compte PER INGÉNIERIE",
					"""
							Bonjour,

							De nouveaux codes de secours ont été créés pour votre compte « %s » ; les anciens ne servent plus.

							Si ce n’est pas vous, prévenez tout de suite un autre administrateur.
							"""
						.formatted(username)));
		return codes;
	}

	/**
	 * Uses a code of this person, if it is one of hers not used yet.
	 */
	public boolean use(String username, String typed) {
		if (typed == null) {
			return false;
		}
		String code = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		if (code.length() != 12) {
			return false;
		}
		boolean used = this.jdbc.update(
				"update recovery_code set used_at = ? where username = ? and code_hash = ? and used_at is null",
				Timestamp.from(this.clock.instant()), username, Keys.hash(format(code))) == 1;
		this.auditLog.record(used ? "Code de secours utilisé" : "Code de secours refusé",
				"Compte « " + username + " »");
		return used;
	}

	@Transactional(readOnly = true)
	public int remaining(String username) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from recovery_code where username = ? and used_at is null", Integer.class, username);
		return (count != null) ? count : 0;
	}

	private String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return format(code.toString());
	}

	/** « ABCD-EFGH-JKLM »: easier to copy. */
	private static String format(String code) {
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12);
	}

}
