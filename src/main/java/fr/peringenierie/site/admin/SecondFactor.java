package fr.peringenierie.site.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.mail.MailOutbox;
import fr.peringenierie.site.web.PublicAddress;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of administrators: one who signs in with her password alone gives
 * then a passkey, a one-time code sent to her e-mail (Spring Security's one-time tokens,
 * kept in the database so that any instance checks them), or one of her recovery codes.
 * Until she does, her session reaches nothing but this step. An administrator who has
 * neither a passkey nor an address is let in and led to add one: no administrator is ever
 * locked out.
 */
@Service
public class SecondFactor {

	/** The step's page. */
	public static final String PATH = "/admin/second-facteur";

	/** The session's mark while the second factor is awaited. */
	static final String PENDING = "per.second-factor.pending";

	static final Duration CODE_VALID_FOR = Duration.ofMinutes(10);

	/**
	 * How long an administrator without a second factor may still sign in with her
	 * password alone, from her first sign-in without one.
	 */
	static final Duration GRACE = Duration.ofDays(14);

	/**
	 * The session's mark of an administrator past her grace: her password opens only «
	 * Mon compte », where she adds a second factor.
	 */
	static final String SETUP_REQUIRED = "per.second-factor.setup";

	/**
	 * What a session that must first add a second factor may not reach: the back office
	 * but « Mon compte », passkey registration and signing out.
	 */
	static final RequestMatcher OUTSIDE_MY_ACCOUNT = new AndRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/admin/**"),
			new NegatedRequestMatcher(
					new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(AccountController.PATH),
							PathPatternRequestMatcher.withDefaults().matcher(AccountController.PATH + "/**"),
							PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/admin/logout"))));

	/**
	 * What a session awaiting its second factor may not reach: the back office but this
	 * step and signing out, and the registration of a passkey (which would be a way
	 * round). Matched as Spring Security matches, decoded and normalised.
	 */
	static final RequestMatcher GUARDED = new OrRequestMatcher(
			new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/admin/**"),
					new NegatedRequestMatcher(
							new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(PATH),
									PathPatternRequestMatcher.withDefaults().matcher(PATH + "/**"),
									PathPatternRequestMatcher.withDefaults()
										.matcher(HttpMethod.POST, "/admin/logout")))),
			PathPatternRequestMatcher.withDefaults().matcher("/webauthn/register/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/webauthn/register"));

	private final StaffAccounts accounts;

	private final Passkeys passkeys;

	private final OneTimeTokenService codes;

	private final MailOutbox outbox;

	private final AuditLog auditLog;

	private final PublicAddress site;

	private final RecoveryCodes recoveryCodes;

	SecondFactor(StaffAccounts accounts, Passkeys passkeys, OneTimeTokenService codes, MailOutbox outbox,
			AuditLog auditLog, PublicAddress site, RecoveryCodes recoveryCodes) {
		this.recoveryCodes = recoveryCodes;
		this.accounts = accounts;
		this.passkeys = passkeys;
		this.codes = codes;
		this.outbox = outbox;
		this.auditLog = auditLog;
		this.site = site;
	}

	/**
	 * What an administrator has to give a second factor with.
	 */
	public Means means(String username) {
		return new Means(!this.passkeys.of(username).isEmpty(), this.accounts.email(username).isPresent(),
				this.recoveryCodes.remaining(username) > 0);
	}

	/**
	 * When an administrator who has no second factor must have one.
	 */
	@Transactional
	public Optional<Instant> due(String username) {
		return this.accounts.secondFactorDue(username, GRACE);
	}

	static boolean isPending(HttpSession session) {
		return session != null && session.getAttribute(PENDING) != null;
	}

	/**
	 * Sends a one-time code to the administrator's address.
	 * @return false when she has none
	 */
	@Transactional
	public boolean sendCode(String username) {
		return this.accounts.email(username).map((email) -> {
			OneTimeToken code = this.codes.generate(new GenerateOneTimeTokenRequest(username, CODE_VALID_FOR));
			this.outbox.queue(email, "Votre code de connexion PER INGÉNIERIE",
					"""
							Bonjour,

							Pour finir d’ouvrir votre compte « %s », dans le navigateur où vous venez de saisir votre mot de passe :
							%s

							ou saisissez ce code : %s

							Il sert une fois, dans les %d minutes. Si vous n’êtes pas en train de vous connecter, quelqu’un connaît votre mot de passe : changez-le et prévenez un autre administrateur.
							"""
						.formatted(username, this.site.absoluteUrl(PATH + "?code=" + code.getTokenValue()),
								code.getTokenValue(), CODE_VALID_FOR.toMinutes()));
			this.auditLog.record("Code de connexion envoyé", "Compte « " + username + " »");
			return true;
		}).orElse(false);
	}

	/**
	 * Checks a code typed or followed by this administrator; a code serves once.
	 */
	@Transactional
	public boolean verify(String username, String code) {
		if (code == null || !code.strip().matches("[0-9a-fA-F-]{36}")) {
			return false;
		}
		OneTimeToken consumed = this.codes.consume(OneTimeTokenAuthenticationToken.unauthenticated(code.strip()));
		boolean valid = consumed != null && consumed.getUsername().equalsIgnoreCase(username);
		this.auditLog.record(valid ? "Second facteur vérifié" : "Code de connexion refusé",
				"Compte « " + username + " »");
		return valid;
	}

	/**
	 * Uses one of her recovery codes.
	 */
	public boolean useRecoveryCode(String username, String code) {
		return this.recoveryCodes.use(username, code);
	}

	/**
	 * How an administrator can give her second factor.
	 */
	public record Means(boolean passkey, boolean email, boolean recoveryCodes) {

		public boolean any() {
			return this.passkey || this.email || this.recoveryCodes;
		}

	}

}
