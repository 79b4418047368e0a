package fr.peringenierie.site.admin;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * What a member of staff typed into a back-office form whose session had expired: kept in
 * the database (it survives a restart and is seen by every instance) and handed back once
 * they have signed in again, so that nothing typed is lost. The browser holds only the
 * random key, in a cookie no script can read.
 */
@Service
public class KeptForms {

	static final String COOKIE = "PER_SAISIE";

	/** The parameter that marks a form posted again from the page that hands it back. */
	public static final String RESUMED = "_saisie";

	static final Duration KEPT_FOR = Duration.ofDays(1);

	private static final Set<String> NOT_KEPT = Set.of("_csrf", RESUMED, "password", "currentPassword", "newPassword",
			"confirmation");

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
	 * only those are kept (a form posted from another site is not).
	 */
	static boolean isKeepable(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!HttpMethod.POST.matches(request.getMethod()) || !path.startsWith("/admin/")
				|| path.startsWith(LoginHandlers.LOGIN_PATH) || path.equals("/admin/logout")) {
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
	 * Keeps what the request carries and gives its key to the browser.
	 */
	void keep(HttpServletRequest request, HttpServletResponse response) {
		List<String[]> fields = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!NOT_KEPT.contains(parameter.getKey())) {
				for (String value : parameter.getValue()) {
					fields.add(new String[] { parameter.getKey(), value });
				}
			}
		}
		String id = UUID.randomUUID().toString();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		this.jdbc.update("insert into kept_form (id, action_path, form_data, kept_at) values (?, ?, ?, ?)", id, path,
				this.jsonMapper.writeValueAsString(fields), Timestamp.from(this.clock.instant()));
		logger.info("Session expirée : saisie conservée pour {}", path);
		response.addHeader("Set-Cookie", cookie(request, id, KEPT_FOR).toString());
	}

	/**
	 * The form kept for this browser, if any.
	 */
	Optional<KeptForm> find(HttpServletRequest request) {
		String id = keyOf(request);
		if (id == null) {
			return Optional.empty();
		}
		Instant oldest = this.clock.instant().minus(KEPT_FOR);
		return this.jdbc.query("select id, action_path, form_data from kept_form where id = ? and kept_at > ?",
				(row, n) -> new KeptForm(row.getString(1), row.getString(2),
						this.jsonMapper.readValue(row.getString(3), new TypeReference<List<String[]>>() {
						})),
				id, Timestamp.from(oldest))
			.stream()
			.findFirst();
	}

	/**
	 * Forgets the form kept for this browser once saved or given up.
	 */
	void forget(String id, HttpServletRequest request, HttpServletResponse response) {
		if (!id.equals(keyOf(request))) {
			return;
		}
		this.jdbc.update("delete from kept_form where id = ?", id);
		if (!response.isCommitted()) {
			response.addHeader("Set-Cookie", cookie(request, "", Duration.ZERO).toString());
		}
	}

	@Scheduled(cron = "${per.bin.purge-cron:0 45 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "kept-forms.purge", lockAtLeastFor = "PT1M")
	public void purgeOld() {
		this.jdbc.update("delete from kept_form where kept_at < ?",
				Timestamp.from(this.clock.instant().minus(KEPT_FOR)));
	}

	private static String keyOf(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[0-9a-f-]{36}")) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
		return ResponseCookie.from(COOKIE, value)
			.path(request.getContextPath() + "/admin")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.maxAge(maxAge)
			.build();
	}

	/**
	 * A kept form: where it was posted and its fields, in order.
	 */
	public record KeptForm(String id, String actionPath, List<String[]> fields) {

		/**
		 * The fields a person typed, for the page that hands them back: hidden ones
		 * (versions, buttons) left out.
		 */
		public List<String[]> typedFields() {
			return this.fields.stream()
				.filter((field) -> !field[0].equals("version") && !field[0].startsWith("versions[")
						&& !field[0].equals("action") && !field[1].isBlank())
				.toList();
		}

	}

}
