package fr.peringenierie.site.revision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.web.AdminOnly;
import fr.peringenierie.site.web.BaseEntity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The history, comparison, restore, draft and preview screens of an item follow its own
 * rule: for every kind of tracked content, each role reaches what it may edit, and an
 * editor reaches nothing of an item reserved to administrators.
 */
@SiteIntegrationTest
@Transactional
class RevisionAccessTests {

	static final RequestPostProcessor EDITOR = user("redactrice").roles("EDITOR");

	static final RequestPostProcessor ADMIN = user("directeur").roles("ADMIN");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TrackedKinds kinds;

	@Autowired
	RevisionRepository revisions;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	void everyKindsHistoryFollowsTheRuleOfItsItems() {
		int restricted = 0;
		for (TrackedKinds.Kind kind : this.kinds.all()) {
			for (BaseEntity item : this.entityManager
				.createQuery("select e from " + kind.entityName() + " e order by e.id", BaseEntity.class)
				.getResultList()) {
				boolean adminOnly = item instanceof AdminOnly reserved && reserved.isAdminOnly();
				restricted += adminOnly ? 1 : 0;
				String history = "/admin/historique/" + kind.segment() + "/" + item.getId();
				// Items other tests created have no revision until edited: their history
				// is
				// checked, with nothing to compare.
				long revision = this.revisions.findByItemTypeAndItemIdOrderByIdDesc(kind.entityName(), item.getId())
					.stream()
					.findFirst()
					.map(Revision::getId)
					.orElse(0L);
				assertThat(this.mvc.get().uri(history).with(ADMIN)).as(history).hasStatusOk();
				if (revision > 0) {
					assertThat(this.mvc.get().uri(history + "/" + revision).with(ADMIN)).as(history).hasStatusOk();
				}
				HttpStatus editor = adminOnly ? HttpStatus.FORBIDDEN : HttpStatus.OK;
				assertThat(this.mvc.get().uri(history).with(EDITOR)).as(history).hasStatus(editor);
				if (revision > 0) {
					assertThat(this.mvc.get().uri(history + "/" + revision).with(EDITOR)).as(history).hasStatus(editor);
				}
				if (adminOnly) {
					assertThat(this.mvc.post()
						.uri(history + "/" + revision + "/restaurer")
						.param("version", Long.toString(item.getVersion()))
						.with(EDITOR)
						.with(csrf())).as(history).hasStatus(HttpStatus.FORBIDDEN);
					String discard = "/admin/brouillons/" + kind.segment() + "/" + item.getId() + "/abandonner";
					assertThat(this.mvc.get().uri(discard).with(EDITOR)).as(discard).hasStatus(HttpStatus.FORBIDDEN);
					assertThat(this.mvc.post().uri(discard).param("confirmed", "true").with(EDITOR).with(csrf()))
						.as(discard)
						.hasStatus(HttpStatus.FORBIDDEN);
				}
			}
		}
		assertThat(restricted).as("paramètres réservés aux administrateurs").isPositive();
	}

}
