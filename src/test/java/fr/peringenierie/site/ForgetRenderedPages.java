package fr.peringenierie.site;

import fr.peringenierie.site.web.RenderedPageCache;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Forgets the pages rendered during a test. A test that rolls its transaction back never
 * moves the content revision on, and the next test could otherwise be served the pages
 * rendered from its discarded changes; outside tests every change is committed.
 */
class ForgetRenderedPages implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		testContext.getApplicationContext().getBean(RenderedPageCache.class).clear();
	}

}
