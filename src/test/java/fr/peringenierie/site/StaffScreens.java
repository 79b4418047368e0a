package fr.peringenierie.site;

import jakarta.persistence.EntityManager;

import fr.peringenierie.site.web.RenderedPageCache;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the back-office tests of every feature do: post a form as a signed-in editor, and
 * write the changes of the test's transaction.
 */
@TestComponent
public class StaffScreens {

	private final MockMvcTester mvc;

	private final EntityManager entityManager;

	private final RenderedPageCache pageCache;

	StaffScreens(MockMvcTester mvc, EntityManager entityManager, RenderedPageCache pageCache) {
		this.mvc = mvc;
		this.entityManager = entityManager;
		this.pageCache = pageCache;
	}

	/**
	 * A form posted by a signed-in editor, with its CSRF token.
	 */
	public MockMvcRequestBuilder post(String uri) {
		return this.mvc.post().uri(uri).with(user("chef").roles("EDITOR")).with(csrf());
	}

	/**
	 * A back-office page as a signed-in editor sees it.
	 */
	public MockMvcRequestBuilder get(String uri) {
		return this.mvc.get().uri(uri).with(user("chef").roles("EDITOR"));
	}

	/**
	 * Writes the test's changes; its transaction is never committed, so the content
	 * revision does not move on as it would at a commit: the rendered pages are forgotten
	 * instead.
	 */
	public void flush() {
		this.entityManager.flush();
		this.entityManager.clear();
		this.pageCache.clear();
	}

}
