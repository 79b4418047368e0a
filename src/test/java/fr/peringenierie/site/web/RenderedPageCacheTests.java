package fr.peringenierie.site.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
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
