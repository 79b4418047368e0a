package fr.peringenierie.site.admin;

import fr.peringenierie.site.department.DepartmentCatalog;
import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.web.ContentRevision;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.SiteProperties;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The one set of move and delete handlers, on the web layer alone: each kind of ordered
 * content is reached by its address, and an unknown kind is a 404.
 */
@WebMvcTest(OrderedContentAdminController.class)
@Import({ Messages.class, OrderedContentAdminControllerTests.Kinds.class })
class OrderedContentAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecordingKind history;

	// What the site's web configuration needs around every controller.
	@MockitoBean
	ContentRevision revision;

	@MockitoBean
	PublicPages publicPages;

	@MockitoBean
	SiteWideContent siteWide;

	@MockitoBean
	DepartmentCatalog departments;

	@Test
	void movingAndDeletingGoToTheKindNamedInTheAddressThenBackToItsList() {
		assertThat(this.mvc.post().uri("/admin/histoire/7/monter").with(user("chef").roles("EDITOR")).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/histoire");
		assertThat(this.history.calls).containsExactly("move 7 -1");
		assertThat(this.mvc.post().uri("/admin/histoire/7/supprimer").with(user("chef").roles("EDITOR")).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("success", "Étape supprimée.");
		assertThat(this.history.calls).containsExactly("move 7 -1", "delete 7");
	}

	@Test
	void anUnknownKindIsNotFound() {
		assertThat(this.mvc.post().uri("/admin/inconnu/7/monter").with(user("chef").roles("EDITOR")).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	/**
	 * A kind of ordered content that records what it is asked to do.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SiteProperties.class)
	static class Kinds {

		@Bean
		RecordingKind history() {
			return new RecordingKind();
		}

	}

	static class RecordingKind implements OrderedContent {

		final List<String> calls = new ArrayList<>();

		@Override
		public String pathSegment() {
			return "histoire";
		}

		@Override
		public String listUrl(long id) {
			return "/admin/histoire";
		}

		@Override
		public void move(long id, int direction) {
			this.calls.add("move " + id + " " + direction);
		}

		@Override
		public void delete(long id) {
			this.calls.add("delete " + id);
		}

		@Override
		public String deletedMessage() {
			return "history.deleted";
		}

	}

}
