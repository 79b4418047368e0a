package fr.peringenierie.site.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedPageCacheTests {

	static final Predicate<String> PUBLIC = (path) -> !path.startsWith("/contact") && !path.startsWith("/admin");

	/** The gallery reads its filter « ville »; every other public page reads nothing. */
	static final Function<String, Optional<Set<String>>> GALLERY = (path) -> !PUBLIC.test(path) ? Optional.empty()
			: Optional.of(path.equals("/realisations") ? Set.of("ville") : Set.of());

	final AtomicLong revision = new AtomicLong();

	final AtomicInteger revisionReads = new AtomicInteger();

	final AtomicInteger renderings = new AtomicInteger();

	final ContentRevision contentRevision = new ContentRevision(null) {

		@Override
		public long current() {
			RenderedPageCacheTests.this.revisionReads.incrementAndGet();
			return RenderedPageCacheTests.this.revision.get();
		}

	};

	@Test
	void aPageIsRenderedOnceThenServedUntilTheRevisionChanges() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(this.contentRevision, PUBLIC, Duration.ZERO);
		assertThat(get(cache, "/edito").getContentAsString()).isEqualTo("page 1");
		assertThat(get(cache, "/edito").getContentAsString()).isEqualTo("page 1");
		this.revision.incrementAndGet();
		assertThat(get(cache, "/edito").getContentAsString()).isEqualTo("page 2");
		assertThat(this.revisionReads).hasValue(3);
	}

	@Test
	void withACheckIntervalTheRevisionIsReadLessOftenButOwnChangesShowAtOnce() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(this.contentRevision, PUBLIC, Duration.ofHours(1));
		get(cache, "/edito");
		get(cache, "/edito");
		get(cache, "/edito");
		assertThat(this.revisionReads).hasValue(1);
		this.revision.incrementAndGet();
		assertThat(get(cache, "/edito").getContentAsString()).as("another instance's change waits").isEqualTo("page 1");
		cache.onContentChanged(new ContentRevision.Changed());
		assertThat(get(cache, "/edito").getContentAsString()).isEqualTo("page 2");
	}

	@Test
	void whileRevisionsArePushedNoneIsReadPerRequest() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(this.contentRevision, PUBLIC, Duration.ZERO);
		get(cache, "/edito");
		cache.pushStarted(this.revision.get());
		int reads = this.revisionReads.get();
		get(cache, "/edito");
		get(cache, "/edito");
		assertThat(this.revisionReads).as("aucune lecture par requête").hasValue(reads);
		this.revision.incrementAndGet();
		cache.revisionPushed(this.revision.get());
		assertThat(get(cache, "/edito").getContentAsString()).isEqualTo("page 2");
		cache.revisionPushed(this.revision.get() - 1);
		assertThat(cache.knownRevision()).as("a late notification never goes back").isEqualTo(this.revision.get());
		// The listening connection drops: back to a read per request.
		cache.pushStopped();
		this.revision.incrementAndGet();
		assertThat(get(cache, "/edito").getContentAsString()).isEqualTo("page 3");
		assertThat(this.revisionReads.get()).isGreaterThan(reads);
	}

	@Test
	void unchangedPagesAnswer304AndGzipIsServedToThoseWhoAskForIt() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(this.contentRevision, PUBLIC, Duration.ZERO);
		String etag = get(cache, "/histoire").getHeader("ETag");
		MockHttpServletRequest conditional = request("/histoire");
		conditional.addHeader("If-None-Match", etag);
		MockHttpServletResponse notModified = new MockHttpServletResponse();
		cache.doFilter(conditional, notModified, renderer());
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsByteArray()).isEmpty();
		MockHttpServletRequest gzip = request("/histoire");
		gzip.addHeader("Accept-Encoding", "gzip, br");
		MockHttpServletResponse compressed = new MockHttpServletResponse();
		cache.doFilter(gzip, compressed, renderer());
		assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(compressed.getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(this.renderings).hasValue(1);
	}

	@Test
	void trackingAndUnknownParametersAreAnsweredFromTheCleanPage() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(this.contentRevision, GALLERY, Duration.ZERO);
		String etag = get(cache, "/realisations").getHeader("ETag");
		for (String query : List.of("utm_source=linkedin&utm_medium=social", "fbclid=IwAR0abc", "gclid=xyz",
				"mc_cid=1&mc_eid=2", "une-faute=de-frappe")) {
			assertThat(get(cache, "/realisations?" + query).getHeader("ETag")).as(query).isEqualTo(etag);
		}
		assertThat(this.renderings).hasValue(1);
		assertThat(get(cache, "/realisations?ville=Montpellier&utm_source=x").getHeader("ETag")).isNotEqualTo(etag);
		assertThat(get(cache, "/realisations?utm_source=y&ville=Montpellier").getContentAsString()).isEqualTo("page 2");
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void fiveThousandRandomQueryStringsNeitherGrowTheCacheNorPushTheGalleryOut() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(this.contentRevision, GALLERY, Duration.ZERO);
		get(cache, "/realisations");
		get(cache, "/edito");
		long size = cache.size();
		Random random = new Random(42);
		for (int i = 0; i < 5000; i++) {
			get(cache, "/realisations?" + Long.toHexString(random.nextLong()) + "=" + random.nextInt());
		}
		assertThat(cache.size()).isEqualTo(size);
		assertThat(this.renderings).as("aucun rendu : la galerie répond depuis le cache").hasValue(2);
		// Made-up values of a filter the page reads are kept apart, in a bounded space.
		for (int i = 0; i < 5000; i++) {
			get(cache, "/realisations?ville=" + Long.toHexString(random.nextLong()));
		}
		assertThat(cache.size()).isLessThanOrEqualTo(size + RenderedPageCache.MAX_VARIANTS);
		int renderings = this.renderings.get();
		get(cache, "/realisations");
		get(cache, "/edito");
		assertThat(this.renderings).as("la galerie et l’édito toujours en cache").hasValue(renderings);
	}

	@Test
	void gzipIsSentOnlyWhenTheClientTakesIt() {
		assertThat(RenderedPageCache.CachedPage.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(RenderedPageCache.CachedPage.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
		assertThat(RenderedPageCache.CachedPage.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(RenderedPageCache.CachedPage.acceptsGzip("identity, gzip;q=0.0")).isFalse();
		assertThat(RenderedPageCache.CachedPage.acceptsGzip("*")).isTrue();
		assertThat(RenderedPageCache.CachedPage.acceptsGzip("br, *;q=0")).isFalse();
		assertThat(RenderedPageCache.CachedPage.acceptsGzip("x-gzip-ish")).isFalse();
		assertThat(RenderedPageCache.CachedPage.acceptsGzip(null)).isFalse();
	}

	@Test
	void privatePagesAndOtherMethodsAreNeverCached() throws Exception {
		RenderedPageCache cache = new RenderedPageCache(this.contentRevision, PUBLIC, Duration.ZERO);
		get(cache, "/contact");
		get(cache, "/contact");
		get(cache, "/admin/edito");
		get(cache, "/admin/edito");
		assertThat(this.renderings).hasValue(4);
	}

	private MockHttpServletResponse get(RenderedPageCache cache, String path) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request(path), response, renderer());
		return response;
	}

	private static MockHttpServletRequest request(String address) {
		int query = address.indexOf('?');
		String path = (query < 0) ? address : address.substring(0, query);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
		if (query >= 0) {
			request.setQueryString(address.substring(query + 1));
			for (String pair : address.substring(query + 1).split("&")) {
				String[] parts = pair.split("=", 2);
				request.addParameter(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		return request;
	}

	private MockFilterChain renderer() {
		return new MockFilterChain(new HttpServlet() {

			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter().write("page " + RenderedPageCacheTests.this.renderings.incrementAndGet());
			}

		});
	}

}
