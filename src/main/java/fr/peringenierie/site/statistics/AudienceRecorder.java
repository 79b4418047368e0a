package fr.peringenierie.site.statistics;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.SiteProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Decides which requests count, and holds them in memory for {@link AudienceWriter}:
 * public pages served (from the cache or not) and public addresses not found, seen by a
 * browser of a visitor — not a robot, not a member of staff (the only people with a
 * session), not someone who asked not to be followed ({@code Sec-GPC}, {@code DNT}), not
 * a prefetch. No cookie is read or set; nothing is written on the request's thread.
 */
@Component
public class AudienceRecorder {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Pattern ROBOT = Pattern.compile(
			"(?i)bot|crawl|spider|slurp|preview|fetch|monitor|curl|wget|python|java/|go-http|okhttp|headless|lighthouse|facebookexternalhit|embedly|axios|node-fetch|httpclient|http-client|scan");

	/** Requests for files, never counted as pages nor as broken addresses. */
	private static final Pattern ASSET = Pattern.compile(
			"^/(css|js|fonts|img|vendor|images|webauthn|actuator)/.*|.*\\.(css|js|map|png|jpe?g|webp|gif|svg|ico|woff2?|txt|xml)$");

	/** Paths only robots probe for: folded into one line of the report. */
	private static final Pattern ATTACK = Pattern.compile(
			"(?i).*(\\.php|\\.asp|\\.env|\\.git|wp-|wordpress|cgi-bin|phpmyadmin|\\.sql|\\.bak|\\.ini|/etc/|\\.\\.|xmlrpc|owa/|\\.cgi|shell|admin\\.).*");

	/** Stands for "a robot" among the classified user agents (a map holds no null). */
	private static final Hit.Device ROBOT_DEVICE = Hit.Device.ROBOT;

	/** Spring Session's cookie. */
	private static final String SESSION_COOKIE = "SESSION";

	/** The line that stands for every path an attack probed. */
	static final String ATTACKS = "(adresses sondées par des robots d’attaque)";

	/** The gallery's filters, whose use is counted. */
	private static final Set<String> FILTERS = Set.of("departement", "secteur", "ville", "annee");

	private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();

	private final AtomicInteger dropped = new AtomicInteger();

	private volatile Tally tally;

	/** User agents already classified; {@link #ROBOT_DEVICE} marks robots. */
	private final Map<String, Hit.Device> devices = new ConcurrentHashMap<>();

	private final PublicPages publicPages;

	private final SiteProperties site;

	private final AudienceProperties properties;

	private final Clock clock;

	AudienceRecorder(PublicPages publicPages, SiteProperties site, AudienceProperties properties, Clock clock) {
		this.publicPages = publicPages;
		this.site = site;
		this.properties = properties;
		this.clock = clock;
		this.tally = new Tally(properties.maxVisitors());
	}

	/**
	 * Counts a request once its answer is known, if it counts.
	 */
	public void seen(HttpServletRequest request, int status, String contentType) {
		if (!this.properties.enabled() || !"GET".equals(request.getMethod())
				|| (status != 200 && status != 304 && status != 404)) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/admin") || ASSET.matcher(path).matches() || isStaff(request)
				|| "1".equals(request.getHeader("Sec-GPC")) || "1".equals(request.getHeader("DNT"))
				|| isPrefetch(request)) {
			return;
		}
		String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
		Hit.Device device = (userAgent != null) ? device(userAgent) : null;
		if (device == null) {
			return;
		}
		boolean found = status != 404;
		// A page: HTML, or the answer that a cached public page has not changed.
		if (found && !((status == 200 && contentType != null && contentType.startsWith("text/html"))
				|| (status == 304 && this.publicPages.isCacheable(path)))) {
			return;
		}
		if (!found && ATTACK.matcher(path).matches()) {
			path = ATTACKS;
		}
		if (path.length() > 300) {
			return;
		}
		Hit hit = new Hit(LocalDate.now(this.clock.withZone(PARIS)), path, found, request.getRemoteAddr(), userAgent,
				referrerHost(request.getHeader(HttpHeaders.REFERER)), device, found ? filters(request) : Map.of());
		hold(hit);
	}

	/**
	 * The class of device of a browser, or {@code null} for a robot. Browsers send the
	 * same few user agents again and again: each is classified once (up to a limit).
	 */
	private Hit.Device device(String userAgent) {
		Hit.Device known = this.devices.get(userAgent);
		if (known != null) {
			return (known != ROBOT_DEVICE) ? known : null;
		}
		boolean robot = userAgent.isBlank() || userAgent.length() > 500 || ROBOT.matcher(userAgent).find();
		Hit.Device device = robot ? ROBOT_DEVICE : Hit.Device.of(userAgent);
		if (this.devices.size() >= 10_000) {
			this.devices.clear();
		}
		this.devices.put(userAgent, device);
		return robot ? null : device;
	}

	/** Adds a view to the tally of the next write. */
	void hold(Hit hit) {
		this.swap.readLock().lock();
		try {
			if (!this.tally.add(hit)) {
				this.dropped.incrementAndGet();
			}
		}
		finally {
			this.swap.readLock().unlock();
		}
	}

	/**
	 * Takes what was counted since the last write, and starts a new tally.
	 */
	Tally drain() {
		this.swap.writeLock().lock();
		try {
			Tally taken = this.tally;
			this.tally = new Tally(this.properties.maxVisitors());
			return taken;
		}
		finally {
			this.swap.writeLock().unlock();
		}
	}

	/**
	 * Gives back a tally that could not be written (the database did not answer): added
	 * to the next one.
	 */
	void giveBack(Tally unwritten) {
		this.swap.writeLock().lock();
		try {
			unwritten.addTo(this.tally);
		}
		finally {
			this.swap.writeLock().unlock();
		}
	}

	/** Visitors not told apart since the start, too many being held at once. */
	int dropped() {
		return this.dropped.get();
	}

	private static boolean isStaff(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SESSION_COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isPrefetch(HttpServletRequest request) {
		String purpose = request.getHeader("Sec-Purpose");
		if (purpose == null) {
			purpose = request.getHeader("Purpose");
		}
		return purpose != null && purpose.toLowerCase(Locale.ROOT).contains("prefetch");
	}

	/**
	 * The host of another site that links here; nothing for this site, a missing or odd
	 * header.
	 */
	String referrerHost(String referrer) {
		if (referrer == null || referrer.isBlank() || referrer.length() > 2000) {
			return null;
		}
		try {
			String host = URI.create(referrer.strip()).getHost();
			if (host == null) {
				return null;
			}
			host = host.toLowerCase(Locale.ROOT);
			if (host.startsWith("www.")) {
				host = host.substring(4);
			}
			String own = this.site.baseUrl().getHost();
			if (own != null && (host.equals(own.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))
					|| host.equals("localhost") || host.equals("127.0.0.1"))) {
				return null;
			}
			return (host.length() <= 200) ? host : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Map<String, String> filters(HttpServletRequest request) {
		Map<String, String> used = new LinkedHashMap<>();
		for (String name : FILTERS) {
			String value = request.getParameter(name);
			if (value != null && !value.isBlank() && value.length() <= 80) {
				used.put(name, value.strip());
			}
		}
		return used;
	}

}
