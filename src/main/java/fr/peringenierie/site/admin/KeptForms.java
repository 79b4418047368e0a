package fr.peringenierie.site.admin;

import java.io.IOException;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.WebUtils;

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

	/**
	 * How long the last forms of a deactivated account wait for an administrator to take
	 * them up or throw them away.
	 */
	static final Duration HANDED_OVER_FOR = Duration.ofDays(30);

	/** The parameter that marks a handed-over form posted again by an administrator. */
	public static final String TAKEN_UP = "_reprise";

	/** The parameter naming a file that came with a form and could not be kept. */
	static final String LOST_FILE = "_fichier";

	private static final RequestMatcher KEEPABLE = new AndRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/admin/**"),
			new NegatedRequestMatcher(
					new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(LoginHandlers.LOGIN_PATH),
							PathPatternRequestMatcher.withDefaults().matcher("/admin/logout"))));

	private static final Logger logger = LoggerFactory.getLogger(KeptForms.class);

	private final JdbcTemplate jdbc;

	private final JsonMapper jsonMapper;

	private final Clock clock;

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
		if (contentType == null || !(contentType.startsWith("application/x-www-form-urlencoded")
				|| contentType.startsWith("multipart/form-data"))) {
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
		String value = Keys.random();
		this.jdbc.update("insert into staff_browser (key_hash, username, signed_in_at) values (?, ?, ?)",
				Keys.hash(value), username, Timestamp.from(this.clock.instant()));
		response.addHeader("Set-Cookie", cookie(request, BROWSER_COOKIE, value, BROWSER_KNOWN_FOR).toString());
	}

	/**
	 * The member of staff who last signed in on this browser, and whether their account
	 * is still active.
	 */
	private Optional<Owner> ownerOf(HttpServletRequest request) {
		String key = cookieValue(request, BROWSER_COOKIE, "[A-Za-z0-9_-]{43}");
		if (key == null) {
			return Optional.empty();
		}
		return this.jdbc
			.query("select b.username, u.enabled from staff_browser b join staff_user u on u.username = b.username "
					+ "where b.key_hash = ? and b.signed_in_at > ?",
					(row, n) -> new Owner(row.getString(1), row.getBoolean(2)), Keys.hash(key),
					Timestamp.from(this.clock.instant().minus(BROWSER_KNOWN_FOR)))
			.stream()
			.findFirst();
	}

	private record Owner(String username, boolean active) {

	}

	/**
	 * Keeps what the request carries for the member of staff signed in last on this
	 * browser, and gives its key to the browser.
	 * @return whether it was kept: not for a browser no active account signed in from,
	 * nor over the size of a form or the number kept for one person
	 */
	Kept keep(HttpServletRequest request, HttpServletResponse response) {
		Optional<Owner> found = ownerOf(request);
		if (found.isEmpty()) {
			return Kept.NO_OWNER;
		}
		Optional<String> owner = found.map(Owner::username);
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
		// A file cannot be kept: its name is, so that the person knows to choose it
		// again.
		for (String file : fileNames(request)) {
			fields.add(new String[] { LOST_FILE, file });
			size += file.length();
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
		if (!found.get().active()) {
			// Her account was deactivated while she was typing: what she sent goes to the
			// administrators, never back to her.
			logger.info("Compte désactivé : saisie de « {} » pour {} transmise aux administrateurs", owner.get(), path);
			return Kept.HANDED_OVER;
		}
		logger.info("Session expirée : saisie de « {} » conservée pour {}", owner.get(), path);
		response.addHeader("Set-Cookie", cookie(request, COOKIE, id, KEPT_FOR).toString());
		return Kept.KEPT;
	}

	private static List<String> fileNames(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.startsWith("multipart/form-data")) {
			return List.of();
		}
		try {
			// Already parsed by Spring when the request went through its multipart
			// resolver; otherwise, the servlet container's parts.
			MultipartHttpServletRequest parsed = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
			Stream<String> names = (parsed != null)
					? parsed.getMultiFileMap()
						.values()
						.stream()
						.flatMap(List::stream)
						.map(MultipartFile::getOriginalFilename)
					: request.getParts().stream().map(Part::getSubmittedFileName);
			return names.filter((name) -> name != null && !name.isBlank())
				.map((name) -> (name.length() > 200) ? name.substring(0, 200) : name)
				.limit(MAX_PER_PERSON)
				.toList();
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			return List.of();
		}
	}

	/**
	 * The forms sent by people whose account was deactivated meanwhile, newest first, for
	 * administrators to take up or throw away.
	 */
	List<HandedOver> handedOver() {
		return this.jdbc.query(HANDED_OVER + "order by k.kept_at desc", this::handedOverRow, oldestHandedOver());
	}

	Optional<HandedOver> handedOver(String id) {
		return this.jdbc.query(HANDED_OVER + "and k.id = ?", this::handedOverRow, oldestHandedOver(), id)
			.stream()
			.findFirst();
	}

	/**
	 * How many forms of deactivated accounts wait for an administrator (the dashboard
	 * asks on every visit: counted, not read).
	 */
	public int handedOverCount() {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from kept_form k "
						+ "join staff_user u on u.username = k.username where u.enabled = false and k.kept_at > ?",
				Integer.class, oldestHandedOver());
		return (count != null) ? count : 0;
	}

	private static final String HANDED_OVER = "select k.id, k.action_path, k.form_data, k.kept_at, k.username "
			+ "from kept_form k join staff_user u on u.username = k.username "
			+ "where u.enabled = false and k.kept_at > ? ";

	private Timestamp oldestHandedOver() {
		return Timestamp.from(this.clock.instant().minus(HANDED_OVER_FOR));
	}

	private HandedOver handedOverRow(ResultSet row, int number) throws SQLException {
		return new HandedOver(new KeptForm(row.getString(1), row.getString(2),
				this.jsonMapper.readValue(row.getString(3), new TypeReference<List<String[]>>() {
				})), row.getString(5), row.getTimestamp(4).toInstant());
	}

	/**
	 * Forgets a handed-over form, taken up or thrown away by an administrator.
	 */
	void forgetHandedOver(String id) {
		if (this.jdbc.update("delete from kept_form where id = ? and username in "
				+ "(select username from staff_user where enabled = false)", id) > 0) {
			logger.info("Saisie d’un compte désactivé reprise ou effacée : {}", id);
		}
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
		this.jdbc.update(
				"delete from kept_form where kept_at < ? and username not in "
						+ "(select username from staff_user where enabled = false)",
				Timestamp.from(this.clock.instant().minus(KEPT_FOR)));
		this.jdbc.update("delete from kept_form where kept_at < ?",
				Timestamp.from(this.clock.instant().minus(HANDED_OVER_FOR)));
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

	/**
	 * A back-office cookie no script reads and no other site sends: kept forms, trusted
	 * browsers.
	 */
	static ResponseCookie cookie(HttpServletRequest request, String name, String value, Duration maxAge) {
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

		KEPT, NO_OWNER, TOO_MUCH,
		/** Kept for the administrators: its author's account was deactivated. */
		HANDED_OVER

	}

	/**
	 * The last form of a deactivated account, waiting for an administrator.
	 */
	public record HandedOver(KeptForm form, String username, Instant keptAt) {

	}

	/** A field of a kept form, named by its form, shown as typed. */
	public record TypedField(String name, String shown) {

		/**
		 * The key of the field's label: the same for every row of a list
		 * ({@code photoTexts[12].alt} reads as {@code photoTexts.alt}).
		 */
		public String labelKey() {
			return "kept.field." + this.name.replaceAll("\\[[^\\]]*\\]", "");
		}

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
		/**
		 * The fields to send again: what was posted, without the names of files that
		 * could not be kept.
		 */
		public List<String[]> formFields() {
			return this.fields.stream().filter((field) -> !field[0].equals(LOST_FILE)).toList();
		}

		/**
		 * The files sent with the form, which could not be kept: to be chosen again.
		 */
		public List<String> lostFiles() {
			return this.fields.stream().filter((field) -> field[0].equals(LOST_FILE)).map((field) -> field[1]).toList();
		}

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
