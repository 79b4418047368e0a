package fr.peringenierie.site.admin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.HtmlText;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UrlPathHelper;

/**
 * What a member of staff typed into a back-office form whose session had expired: kept in
 * the database (it survives a restart and is seen by every instance) and handed back once
 * they have signed in again, so that nothing typed is lost. Only for the person who last
 * signed in on that browser, recorded at sign-in, and only to them; never for an
 * anonymous client, whatever headers it sends. The browser holds only random keys, in
 * cookies no script can read.
 */
@Service
public class KeptForms {

	static final String COOKIE = "PER_SAISIE";

	/** The parameter that marks a form posted again from the page that hands it back. */
	public static final String RESUMED = "_saisie";

	static final Duration KEPT_FOR = Duration.ofDays(1);

	/** The cookie naming, through {@code staff_browser}, who signed in on a browser. */
	static final String BROWSER_COOKIE = "PER_POSTE";

	static final Duration BROWSER_KNOWN_FOR = Duration.ofDays(7);

	/** Characters of names and values a kept form may hold: a long page is 50,000. */
	static final long MAX_FORM_SIZE = 256 * 1024;

	/** Forms kept at once for one person. */
	static final int MAX_PER_PERSON = 20;

	private static final RequestMatcher KEEPABLE = new AndRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/admin/**"),
			new NegatedRequestMatcher(
					new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(LoginHandlers.LOGIN_PATH),
							PathPatternRequestMatcher.withDefaults().matcher("/admin/logout"))));

	private static final Logger logger = LoggerFactory.getLogger(KeptForms.class);

	private final JdbcTemplate jdbc;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	KeptForms(JdbcTemplate jdbc, JsonMapper jsonMapper, Clock clock) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * Whether a refused request is a back-office form sent from this site's own pages:
	 * only those are kept (a form posted from another site is not). The address is
	 * matched as Spring Security matches it, decoded and normalised.
	 */
	static boolean isKeepable(HttpServletRequest request) {
		if (!KEEPABLE.matches(request)) {
			return false;
		}
		String contentType = request.getContentType();
		if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
			return false;
		}
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			return "same-origin".equals(fetchSite);
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Remembers who signed in on this browser, so that a form they post once their
	 * session has expired can be kept for them, and for nobody else.
	 */
	void rememberSignIn(String username, HttpServletRequest request, HttpServletResponse response) {
		byte[] key = new byte[32];
		this.random.nextBytes(key);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
		this.jdbc.update("insert into staff_browser (key_hash, username, signed_in_at) values (?, ?, ?)", hash(value),
				username, Timestamp.from(this.clock.instant()));
		response.addHeader("Set-Cookie", cookie(request, BROWSER_COOKIE, value, BROWSER_KNOWN_FOR).toString());
	}

	/**
	 * The member of staff who last signed in on this browser, while their account is
	 * active.
	 */
	private Optional<String> ownerOf(HttpServletRequest request) {
		String key = cookieValue(request, BROWSER_COOKIE, "[A-Za-z0-9_-]{43}");
		if (key == null) {
			return Optional.empty();
		}
		return this.jdbc
			.queryForList(
					"select b.username from staff_browser b join staff_user u on u.username = b.username "
							+ "where b.key_hash = ? and b.signed_in_at > ? and u.enabled = true",
					String.class, hash(key), Timestamp.from(this.clock.instant().minus(BROWSER_KNOWN_FOR)))
			.stream()
			.findFirst();
	}

	/**
	 * Keeps what the request carries for the member of staff signed in last on this
	 * browser, and gives its key to the browser.
	 * @return whether it was kept: not for a browser no active account signed in from,
	 * nor over the size of a form or the number kept for one person
	 */
	Kept keep(HttpServletRequest request, HttpServletResponse response) {
		Optional<String> owner = ownerOf(request);
		if (owner.isEmpty()) {
			return Kept.NO_OWNER;
		}
		List<String[]> fields = new ArrayList<>();
		long size = 0;
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			// The token is the expired session's; a fresh one goes with the form sent
			// again.
			if (!AdminForms.isSecret(name) && !name.equals("_csrf") && !name.equals(RESUMED)) {
				for (String value : parameter.getValue()) {
					fields.add(new String[] { name, value });
					size += name.length() + value.length();
				}
			}
		}
		Instant now = this.clock.instant();
		Integer kept = this.jdbc.queryForObject("select count(*) from kept_form where username = ? and kept_at > ?",
				Integer.class, owner.get(), Timestamp.from(now.minus(KEPT_FOR)));
		if (size > MAX_FORM_SIZE || kept == null || kept >= MAX_PER_PERSON) {
			logger.warn("Session expirée : saisie de « {} » non conservée ({} caractères, {} déjà conservées)",
					owner.get(), size, kept);
			return Kept.TOO_MUCH;
		}
		String id = UUID.randomUUID().toString();
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		this.jdbc.update("insert into kept_form (id, action_path, form_data, kept_at, username) values (?, ?, ?, ?, ?)",
				id, path, this.jsonMapper.writeValueAsString(fields), Timestamp.from(now), owner.get());
		logger.info("Session expirée : saisie de « {} » conservée pour {}", owner.get(), path);
		response.addHeader("Set-Cookie", cookie(request, COOKIE, id, KEPT_FOR).toString());
		return Kept.KEPT;
	}

	/**
	 * The form kept on this browser for this member of staff, if any.
	 */
	Optional<KeptForm> find(HttpServletRequest request, String username) {
		String id = cookieValue(request, COOKIE, "[0-9a-f-]{36}");
		if (id == null) {
			return Optional.empty();
		}
		Instant oldest = this.clock.instant().minus(KEPT_FOR);
		return this.jdbc
			.query("select id, action_path, form_data from kept_form where id = ? and username = ? and kept_at > ?",
					(row, n) -> new KeptForm(row.getString(1), row.getString(2),
							this.jsonMapper.readValue(row.getString(3), new TypeReference<List<String[]>>() {
							})),
					id, username, Timestamp.from(oldest))
			.stream()
			.findFirst();
	}

	/**
	 * Forgets the form kept for this browser once saved or given up.
	 */
	void forget(String id, HttpServletRequest request, HttpServletResponse response) {
		if (!id.equals(cookieValue(request, COOKIE, "[0-9a-f-]{36}"))) {
			return;
		}
		this.jdbc.update("delete from kept_form where id = ?", id);
		if (!response.isCommitted()) {
			response.addHeader("Set-Cookie", cookie(request, COOKIE, "", Duration.ZERO).toString());
		}
	}

	@Scheduled(cron = "${per.bin.purge-cron:0 45 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "kept-forms.purge", lockAtLeastFor = "PT1M")
	public void purgeOld() {
		this.jdbc.update("delete from kept_form where kept_at < ?",
				Timestamp.from(this.clock.instant().minus(KEPT_FOR)));
		this.jdbc.update("delete from staff_browser where signed_in_at < ?",
				Timestamp.from(this.clock.instant().minus(BROWSER_KNOWN_FOR)));
	}

	private static String cookieValue(HttpServletRequest request, String name, String pattern) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (name.equals(cookie.getName()) && cookie.getValue().matches(pattern)) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 est toujours disponible", ex);
		}
	}

	private static ResponseCookie cookie(HttpServletRequest request, String name, String value, Duration maxAge) {
		return ResponseCookie.from(name, value)
			.path(request.getContextPath() + "/admin")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.maxAge(maxAge)
			.build();
	}

	/** What became of a form posted after its session expired. */
	enum Kept {

		KEPT, NO_OWNER, TOO_MUCH

	}

	/** A field of a kept form, named by its form, shown as typed. */
	public record TypedField(String name, String shown) {

	}

	/**
	 * A kept form: where it was posted and its fields, in order.
	 */
	public record KeptForm(String id, String actionPath, List<String[]> fields) {

		/**
		 * The fields a person typed, for the page that hands them back, as she reads
		 * them: hidden ones (versions, buttons, the marks Spring adds to checkboxes) left
		 * out, a ticked box « oui », formatted text as text.
		 */
		public List<TypedField> typedFields() {
			return this.fields.stream()
				.filter((field) -> !AdminForms.isMachinery(field[0]) && !field[1].isBlank())
				.map((field) -> new TypedField(field[0], readable(field[1])))
				.toList();
		}

		private static String readable(String value) {
			if (value.equals("true") || value.equals("on")) {
				return "oui";
			}
			if (value.equals("false")) {
				return "non";
			}
			return (value.contains("<") && value.contains(">")) ? HtmlText.plain(value) : value;
		}

	}

}
