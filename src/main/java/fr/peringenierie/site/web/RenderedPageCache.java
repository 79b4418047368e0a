package fr.peringenierie.site.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages, once rendered, from memory: a page is stored with the content
 * revision it was rendered at, with its gzip form and an ETag, and served again while the
 * revision stays the same. Each request reads the revision from the database, so that a
 * change saved on any instance is visible on the next request on every instance; while
 * the database cannot be reached, the pages already rendered are served as they are.
 * Pages with forms carrying a CSRF token (contact) and the back office are never cached.
 */
public class RenderedPageCache extends OncePerRequestFilter {

	/** Pages kept at most, each at its address without query string. */
	static final int MAX_PAGES = 2_000;

	/**
	 * Pages with query parameters the page reads (gallery filters, a list's page) kept at
	 * most, apart: however many values a client makes up, they never push a page out of
	 * {@link #pages}.
	 */
	static final int MAX_VARIANTS = 500;

	/** The request attribute holding the parameters the page reads, once looked up. */
	private static final String PARAMETERS = RenderedPageCache.class.getName() + ".parameters";

	/**
	 * How long, after the database could not be reached, pages are served without trying
	 * it.
	 */
	private static final long OUTAGE_RETRY_NANOS = Duration.ofSeconds(5).toNanos();

	private static final Logger logger = LoggerFactory.getLogger(RenderedPageCache.class);

	/** Headers that belong to one response, or that the cache sets itself. */
	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-type",
			"content-encoding", "transfer-encoding", "date", "etag", "cache-control", "pragma", "expires", "vary");

	private final ContentRevision revision;

	private final Function<String, Optional<Set<String>>> cachedParameters;

	private final long checkIntervalNanos;

	private volatile long knownRevision;

	private volatile long checkedAt;

	private volatile boolean checkNow = true;

	/** Whether another component pushes every new revision (PostgreSQL LISTEN/NOTIFY). */
	private volatile boolean pushed;

	private volatile long unreachableSince = System.nanoTime() - OUTAGE_RETRY_NANOS;

	private final Cache<String, CachedPage> pages = Caffeine.newBuilder().maximumSize(MAX_PAGES).build();

	private final Cache<String, CachedPage> variants = Caffeine.newBuilder().maximumSize(MAX_VARIANTS).build();

	/**
	 * @param revision where the shared revision is read
	 * @param cacheable which paths show only published content, the same for every
	 * visitor (see {@link PublicPage})
	 * @param checkInterval how long an instance may serve pages without reading the
	 * revision again; zero (the default) reads it on every request, which is what makes a
	 * change visible on the next request on every instance
	 */
	public RenderedPageCache(ContentRevision revision, Predicate<String> cacheable, Duration checkInterval) {
		this(revision, (Function<String, Optional<Set<String>>>) (path) -> cacheable.test(path) ? Optional.of(Set.of())
				: Optional.empty(), checkInterval);
	}

	/**
	 * @param revision where the shared revision is read
	 * @param cachedParameters for a path, nothing when its page is not the same for every
	 * visitor, else the query parameters that make it another page (see
	 * {@link PublicPage#parameters()}); any other is left out of the key
	 * @param checkInterval as above
	 */
	public RenderedPageCache(ContentRevision revision, Function<String, Optional<Set<String>>> cachedParameters,
			Duration checkInterval) {
		this.revision = revision;
		this.cachedParameters = cachedParameters;
		this.checkIntervalNanos = checkInterval.toNanos();
	}

	/**
	 * After a change commits on this instance, its next request reads the new revision,
	 * whatever the check interval.
	 */
	@EventListener
	public void onContentChanged(ContentRevision.Changed event) {
		this.checkNow = true;
	}

	/**
	 * From now on, every revision committed by any instance is handed to
	 * {@link #revisionPushed(long)} as it commits: the cache stops reading it on each
	 * request.
	 * @param current the revision read once the pushes were set up
	 */
	public void pushStarted(long current) {
		revisionPushed(current);
		this.pushed = true;
	}

	/**
	 * The pushes stopped (the listening connection dropped): back to reading the revision
	 * as configured, until they start again.
	 */
	public void pushStopped() {
		this.pushed = false;
		this.checkNow = true;
	}

	/**
	 * A revision committed by some instance.
	 */
	public void revisionPushed(long revision) {
		synchronized (this) {
			if (revision > this.knownRevision) {
				this.knownRevision = revision;
			}
		}
	}

	/**
	 * Whether the revision is pushed to this instance rather than read.
	 */
	public boolean isPushed() {
		return this.pushed;
	}

	/**
	 * The revision the pages served now were rendered at.
	 */
	public long knownRevision() {
		return this.knownRevision;
	}

	private long currentRevision() {
		if (this.pushed && !this.checkNow) {
			return this.knownRevision;
		}
		long now = System.nanoTime();
		boolean due = this.checkNow || this.checkIntervalNanos <= 0 || now - this.checkedAt >= this.checkIntervalNanos;
		if (!due || now - this.unreachableSince < OUTAGE_RETRY_NANOS) {
			return this.knownRevision;
		}
		try {
			this.checkNow = false;
			revisionPushed(this.revision.current());
			this.checkedAt = now;
		}
		catch (DataAccessException | TransactionException ex) {
			// While the database cannot be reached, nothing can change: the pages
			// rendered
			// before are still right, and better served than a page that waits.
			this.unreachableSince = now;
			logger.warn("Révision du contenu illisible, pages en cache servies telles quelles : {}", ex.getMessage());
		}
		return this.knownRevision;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		// A preview shows changes that are not online: it is neither served from nor kept
		// in the cache.
		if (!("GET".equals(method) || "HEAD".equals(method)) || request.getAttribute(PreviewResponse.NOTICE) != null) {
			return true;
		}
		Optional<Set<String>> parameters = this.cachedParameters.apply(pathOf(request));
		parameters.ifPresent((names) -> request.setAttribute(PARAMETERS, names));
		return parameters.isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		@SuppressWarnings("unchecked")
		String parameters = parameters(request, (Set<String>) request.getAttribute(PARAMETERS));
		String key = currentRevision() + (request.isSecure() ? " https " : " http ") + pathOf(request) + parameters;
		Cache<String, CachedPage> kept = parameters.isEmpty() ? this.pages : this.variants;
		CachedPage page = kept.getIfPresent(key);
		if (page != null) {
			page.writeTo(request, response, true);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() != HttpServletResponse.SC_OK || wrapper.getContentType() == null
				|| response.containsHeader(HttpHeaders.SET_COOKIE)) {
			wrapper.copyBodyToResponse();
			return;
		}
		page = CachedPage.of(wrapper.getContentType(), wrapper.getContentAsByteArray(), replayableHeaders(response));
		kept.put(key, page);
		wrapper.resetBuffer();
		page.writeTo(request, response, false);
	}

	/**
	 * The headers the chain set that a cached copy must carry too.
	 */
	private static Map<String, List<String>> replayableHeaders(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return Map.copyOf(headers);
	}

	/**
	 * Forgets every page, for tests that count what a rendering costs.
	 */
	public void clear() {
		this.pages.invalidateAll();
		this.variants.invalidateAll();
	}

	/**
	 * How many pages are kept, for the tests that flood the cache.
	 */
	public long size() {
		this.pages.cleanUp();
		this.variants.cleanUp();
		return this.pages.estimatedSize() + this.variants.estimatedSize();
	}

	/**
	 * The parameters the page reads, in a stable order, so that the same filters in
	 * another order or encoding make the same page; any other parameter (tracking, typos)
	 * is left out.
	 */
	private static String parameters(HttpServletRequest request, Set<String> read) {
		if (read == null || read.isEmpty()) {
			return "";
		}
		StringBuilder key = new StringBuilder();
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			if (read.contains(name)) {
				key.append('&').append(name).append('=').append(String.join(",", values));
			}
		});
		return key.toString();
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * A rendered page, plain and gzipped.
	 */
	record CachedPage(String contentType, byte[] body, byte[] gzipped, String etag, Map<String, List<String>> headers) {

		static CachedPage of(String contentType, byte[] body, Map<String, List<String>> headers) {
			return new CachedPage(contentType, body, gzip(body), "\"" + DigestUtils.md5DigestAsHex(body) + "\"",
					headers);
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response, boolean replayHeaders)
				throws IOException {
			if (replayHeaders) {
				this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			}
			response.setContentType(this.contentType);
			response.setHeader(HttpHeaders.ETAG, this.etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (ifNoneMatch != null && (ifNoneMatch.contains(this.etag) || ifNoneMatch.strip().equals("*"))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
			byte[] bytes = gzip ? this.gzipped : this.body;
			if (gzip) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			response.setContentLength(bytes.length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(bytes);
			}
		}

		/**
		 * Whether the client takes gzip: named (or {@code *}) with a quality above zero,
		 * {@code gzip;q=0} being a refusal.
		 */
		static boolean acceptsGzip(String acceptEncoding) {
			if (acceptEncoding == null) {
				return false;
			}
			boolean gzip = false;
			for (String coding : acceptEncoding.split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip().toLowerCase(Locale.ROOT);
				if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("*")) {
					continue;
				}
				boolean accepted = true;
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
					if (parameter.startsWith("q=")) {
						try {
							accepted = Double.parseDouble(parameter.substring(2)) > 0;
						}
						catch (NumberFormatException ex) {
							accepted = false;
						}
					}
				}
				if (!name.equals("*")) {
					return accepted;
				}
				gzip = accepted;
			}
			return gzip;
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return bytes.toByteArray();
		}

	}

}
