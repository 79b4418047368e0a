package fr.peringenierie.site.statistics;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;

import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.SiteProperties;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Which requests count, and what is kept of them.
 */
class AudienceRecorderTests {

	private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

	private final AudienceRecorder recorder = recorder();

	@Test
	void aBrowsersViewOfAPublicPageCountsWithItsSourceAndDevice() {
		MockHttpServletRequest request = page("/realisations");
		request.addHeader("Referer", "https://www.LinkedIn.com/feed/?trk=abc");
		request.setParameter("departement", "structure");
		this.recorder.seen(request, 200, "text/html;charset=UTF-8");
		Tally tally = this.recorder.drain();
		assertThat(tally.views())
			.containsOnlyKeys(new Tally.Page(java.time.LocalDate.of(2026, 12, 7), "/realisations"));
		assertThat(tally.sources().keySet()).extracting(Tally.Source::name)
			.containsExactlyInAnyOrder("linkedin.com", "Ordinateur", "departement = structure");
	}

	@Test
	void robotsStaffOptOutsPrefetchesAssetsAndTheBackOfficeDoNotCount() {
		MockHttpServletRequest robot = new MockHttpServletRequest("GET", "/");
		robot.addHeader("User-Agent", "Mozilla/5.0 (compatible; bingbot/2.0)");
		MockHttpServletRequest nameless = new MockHttpServletRequest("GET", "/");
		MockHttpServletRequest staff = page("/");
		staff.setCookies(new Cookie("SESSION", "abc"));
		MockHttpServletRequest gpc = page("/");
		gpc.addHeader("Sec-GPC", "1");
		MockHttpServletRequest dnt = page("/");
		dnt.addHeader("DNT", "1");
		MockHttpServletRequest prefetch = page("/");
		prefetch.addHeader("Sec-Purpose", "prefetch;prerender");
		for (MockHttpServletRequest request : new MockHttpServletRequest[] { robot, nameless, staff, gpc, dnt, prefetch,
				page("/css/site-1.css"), page("/admin/edito"), page("/images/12") }) {
			this.recorder.seen(request, 200, "text/html");
		}
		MockHttpServletRequest post = page("/contact");
		post.setMethod("POST");
		this.recorder.seen(post, 200, "text/html");
		this.recorder.seen(page("/sitemap.xml"), 200, "application/xml");
		assertThat(this.recorder.drain().isEmpty()).isTrue();
	}

	@Test
	void addressesNotFoundAreCountedAndProbesFoldedIntoOneLine() {
		this.recorder.seen(page("/ancien-site/contact.html"), 404, "text/html");
		this.recorder.seen(page("/wp-admin/install.php"), 404, "text/html");
		this.recorder.seen(page("/.git/config"), 404, "text/html");
		Tally tally = this.recorder.drain();
		assertThat(tally.broken()).containsOnlyKeys("/ancien-site/contact.html", AudienceRecorder.ATTACKS);
		assertThat(tally.broken().get(AudienceRecorder.ATTACKS).hits()).isEqualTo(2);
	}

	@Test
	void onlyAnotherSitesHostIsKeptOfTheReferrer() {
		assertThat(this.recorder.referrerHost("https://www.per-ingenierie.fr/equipe")).isNull();
		assertThat(this.recorder.referrerHost("https://per-ingenierie.fr/")).isNull();
		assertThat(this.recorder.referrerHost("android-app://com.google.android.gm/"))
			.isEqualTo("com.google.android.gm");
		assertThat(this.recorder.referrerHost("https://annuaire.example/fiche?id=42&nom=PER"))
			.isEqualTo("annuaire.example");
		assertThat(this.recorder.referrerHost("not a url")).isNull();
		assertThat(this.recorder.referrerHost(null)).isNull();
	}

	@Test
	void devicesAreToldApart() {
		assertThat(Hit.Device.of("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148"))
			.isEqualTo(Hit.Device.MOBILE);
		assertThat(Hit.Device.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/131.0 Mobile Safari/537.36"))
			.isEqualTo(Hit.Device.MOBILE);
		assertThat(Hit.Device.of("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)")).isEqualTo(Hit.Device.TABLET);
		assertThat(Hit.Device.of("Mozilla/5.0 (Linux; Android 14; SM-X710) Chrome/131.0 Safari/537.36"))
			.isEqualTo(Hit.Device.TABLET);
		assertThat(Hit.Device.of(FIREFOX)).isEqualTo(Hit.Device.DESKTOP);
	}

	private static MockHttpServletRequest page(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr("203.0.113.9");
		request.addHeader("User-Agent", FIREFOX);
		return request;
	}

	private static AudienceRecorder recorder() {
		PublicPages publicPages = mock(PublicPages.class);
		given(publicPages.isCacheable(anyString())).willReturn(true);
		return new AudienceRecorder(publicPages, new SiteProperties(URI.create("https://www.per-ingenierie.fr")),
				new AudienceProperties(true, Duration.ofSeconds(10), 25, 1000),
				Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
	}

}
