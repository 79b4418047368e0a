package fr.peringenierie.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.web.context.WebApplicationContext;

/**
 * Puts the application's own CSRF token repository back after each test. MockMvc's
 * {@code csrf()} swaps the one shared filter's repository for a test one that falls back
 * on the server session: requests made afterwards to the real server (by the tests that
 * check that visitors get no session, say) would otherwise get one.
 */
class KeepTheCsrfTokenRepository implements TestExecutionListener {

	private static final Map<ApplicationContext, CsrfTokenRepository> ORIGINALS = new ConcurrentHashMap<>();

	@Override
	public void beforeTestMethod(TestContext testContext) {
		MockHttpServletRequest request = request(testContext);
		if (request != null) {
			ORIGINALS.putIfAbsent(testContext.getApplicationContext(), WebTestUtils.getCsrfTokenRepository(request));
		}
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		MockHttpServletRequest request = request(testContext);
		CsrfTokenRepository original = ORIGINALS.get(testContext.getApplicationContext());
		if (request != null && original != null) {
			WebTestUtils.setCsrfTokenRepository(request, original);
		}
	}

	private static MockHttpServletRequest request(TestContext testContext) {
		if (!(testContext.getApplicationContext() instanceof WebApplicationContext web)
				|| web.getServletContext() == null) {
			return null;
		}
		return new MockHttpServletRequest(web.getServletContext());
	}

}
