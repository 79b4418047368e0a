package fr.peringenierie.site.admin;

import java.time.Clock;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.mail.MailOutbox;
import fr.peringenierie.site.web.SiteProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passkeys and sign-in codes are kept in the database (Spring Security's JDBC
 * repositories, their tables made by Flyway), so that every instance knows them.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
			AuditLog auditLog, StaffAccounts accounts, MailOutbox outbox, PlatformTransactionManager transactions) {
		return new JournaledCredentials(new JdbcUserCredentialRepository(jdbc), users, auditLog, accounts, outbox,
				new TransactionTemplate(transactions));
	}

	/**
	 * The codes of the administrators' second factor, in the database: any instance
	 * checks a code another one sent.
	 */
	@Bean
	OneTimeTokenService signInCodes(JdbcOperations jdbc, Clock clock) {
		JdbcOneTimeTokenService codes = new JdbcOneTimeTokenService(jdbc);
		codes.setClock(clock);
		return codes;
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingParty(SiteProperties site,
			@Value("${per.passkeys.local:false}") boolean local, PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials) {
		return new SiteRelyingParty(site.baseUrl(), local, users, credentials);
	}

}
