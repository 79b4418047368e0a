package fr.peringenierie.site.admin;

import java.net.URI;

import fr.peringenierie.site.company.Milestone;
import fr.peringenierie.site.department.DepartmentCatalog;
import fr.peringenierie.site.revision.PendingDraftsInterceptor;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.sitewide.SitePictures;
import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.web.ContentRevision;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.PublicAddress;
import fr.peringenierie.site.web.SiteProperties;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The one set of move and delete handlers, on the web layer alone: each kind of ordered
 * content is reached by its address, the version shown travels with every button, a
 * conflict is told in French, and an unknown kind is a 404.
 */
@WebMvcTest(OrderedContentAdminController.class)
@Import({ Messages.class, OrderedContentAdminControllerTests.Kinds.class })
class OrderedContentAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecordingKind history;

	@MockitoBean
	Bin bin;

	// What the site's web configuration needs around every controller.
	@MockitoBean
	ContentRevision revision;

	@MockitoBean
	PublicPages publicPages;

	@MockitoBean
	SiteWideContent siteWide;

	@MockitoBean
	SitePictures sitePictures;

	@MockitoBean
	DepartmentCatalog departments;

	@MockitoBean
	PendingDraftsInterceptor pendingDrafts;

	@MockitoBean
	KeptForms keptForms;

	@BeforeEach
	void kinds() throws Exception {
		given(this.pendingDrafts.preHandle(any(), any(), any())).willReturn(true);
		given(this.bin.kind("histoire")).willReturn(this.history);
		given(this.bin.kind("inconnu")).willThrow(new ResourceNotFoundException("Contenu inconnu"));
		given(this.bin.item(this.history, 7)).willReturn(new Milestone("1992", "Création", "<p>…</p>", 10));
	}

	@Test
	void movingAndDeletingSendTheVersionShownThenGoBackToTheList() {
		assertThat(this.mvc.post()
			.uri("/admin/histoire/7/monter")
			.param("version", "3")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/histoire");
		then(this.bin).should().move(this.history, 7, 3, -1);
		assertThat(this.mvc.post()
			.uri("/admin/histoire/7/supprimer")
			.param("version", "4")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("success", "« Création » est dans la corbeille : vous pouvez l’en sortir pendant 30 jours.");
		then(this.bin).should().put(this.history, 7, 4);
	}

	@Test
	void aMoveOnAnItemChangedMeanwhileIsRefusedWithTheReason() {
		willThrow(new EditConflictException()).given(this.bin).move(this.history, 7, 2, 1);
		assertThat(this.mvc.post()
			.uri("/admin/histoire/7/descendre")
			.param("version", "2")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND)
			.flash()
			.extractingByKey("failure")
			.asString()
			.contains("modifié ou déplacé entre-temps");
	}

	@Test
	void anUnknownKindIsNotFound() {
		assertThat(this.mvc.post()
			.uri("/admin/inconnu/7/monter")
			.param("version", "0")
			.with(user("chef").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
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

		@Bean
		PublicAddress publicAddress() {
			return PublicAddress.fixed(URI.create("https://www.example.test"));
		}

	}

	static class RecordingKind implements OrderedContent {

		final List<String> calls = new ArrayList<>();

		@Override
		public String pathSegment() {
			return "histoire";
		}

		@Override
		public String kindLabel() {
			return "l’étape de l’histoire";
		}

		@Override
		public Class<Milestone> type() {
			return Milestone.class;
		}

		@Override
		public String listUrl(long id) {
			return "/admin/histoire";
		}

		@Override
		public void move(long id, int direction) {
			this.calls.add("move " + id + " " + direction);
		}

	}

}
