package fr.peringenierie.site.revision;

import java.util.Map;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.admin.StaffAccounts;
import fr.peringenierie.site.admin.StaffUserRepository;
import fr.peringenierie.site.company.Edito;
import fr.peringenierie.site.company.EditoRepository;
import fr.peringenierie.site.web.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A contributor proposes, a reviewer publishes or sends back: the public page changes
 * only when a reviewer publishes, the journal names both, each is told by e-mail, and
 * nothing a contributor sends can publish by itself.
 */
@SiteIntegrationTest
class ReviewTests {

	private static final RequestPostProcessor CONTRIBUTOR = user("contributrice").roles("CONTRIBUTOR");

	private static final RequestPostProcessor REVIEWER = user("relecteur").roles("EDITOR");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EditoRepository editos;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	JdbcTemplate jdbc;

	Map<String, Object> original;

	@BeforeEach
	void accounts() {
		this.original = this.jdbc.queryForMap("select title, body from edito");
		this.accounts.create("contributrice", "un-mot-de-passe-de-contributrice", StaffRole.CONTRIBUTOR);
		this.accounts.changeOwnEmail("contributrice", "contributrice@per-ingenierie.test");
		this.accounts.create("relecteur", "un-mot-de-passe-de-relecteur", StaffRole.EDITOR);
		this.accounts.changeOwnEmail("relecteur", "relecteur@per-ingenierie.test");
		this.jdbc.update("delete from outgoing_mail");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from content_draft");
		this.jdbc.update("update edito set title = ?, body = ?", this.original.get("title"), this.original.get("body"));
		this.users.findByUsernameIgnoreCase("contributrice").ifPresent(this.users::delete);
		this.users.findByUsernameIgnoreCase("relecteur").ifPresent(this.users::delete);
		this.jdbc.update("delete from outgoing_mail");
	}

	@Test
	void aProposalReachesVisitorsOnlyWhenAReviewerPublishesItAndTheJournalNamesBoth() {
		assertThat(proposeEdito("Une proposition de la contributrice.")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/edito")).bodyText().doesNotContain("Une proposition de la contributrice.");
		assertThat(mailsTo("relecteur@per-ingenierie.test")).isEqualTo(1);

		assertThat(this.mvc.get().uri("/admin/relecture").with(REVIEWER)).hasStatusOk()
			.bodyText()
			.contains("contributrice", "/admin/relecture/edito/" + editoId() + "/publier");
		assertThat(this.mvc.get().uri("/admin").with(REVIEWER)).bodyText().contains("Propositions à relire (1)");
		assertThat(this.mvc.post().uri("/admin/relecture/edito/{id}/publier", editoId()).with(REVIEWER).with(csrf()))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/edito")).bodyText().contains("Une proposition de la contributrice.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where username = 'relecteur' and action = 'Proposition publiée' "
						+ "and subject like '%proposée par contributrice, publiée par relecteur%'",
				Integer.class))
			.isEqualTo(1);
		assertThat(mailsTo("contributrice@per-ingenierie.test")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from content_draft", Integer.class)).isZero();
	}

	@Test
	void aProposalSentBackStaysTheContributorsDraftWithTheReviewersNote() {
		proposeEdito("Un paragraphe a revoir.");
		assertThat(this.mvc.post()
			.uri("/admin/relecture/edito/{id}/renvoyer", editoId())
			.param("note", "Ajoutez la date de fondation.")
			.with(REVIEWER)
			.with(csrf())).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/edito")).bodyText().doesNotContain("Un paragraphe a revoir.");
		assertThat(this.mvc.get().uri("/admin/relecture").with(REVIEWER)).bodyText()
			.contains("Aucune proposition n’attend de relecture");
		assertThat(this.mvc.get().uri("/admin").with(CONTRIBUTOR)).bodyText()
			.contains("Vos propositions", "renvoyée par relecteur : Ajoutez la date de fondation.");
		assertThat(this.mvc.get().uri("/admin/edito").with(CONTRIBUTOR)).bodyText()
			.contains("Un paragraphe a revoir.", "Ajoutez la date de fondation.");
		assertThat(mailsTo("contributrice@per-ingenierie.test")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select body from outgoing_mail where recipient = 'contributrice@per-ingenierie.test'", String.class))
			.contains("Ajoutez la date de fondation.");
	}

	@Test
	void aNoteMissingOrTooLongIsRefusedWithWhatWasTypedKept() {
		proposeEdito("Une proposition.");
		MvcTestResult empty = this.mvc.post()
			.uri("/admin/relecture/edito/{id}/renvoyer", editoId())
			.param("note", "   ")
			.with(REVIEWER)
			.with(csrf())
			.exchange();
		assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Écrivez à l’auteur ce qu’il faut changer");
		String long_ = "Trop long. ".repeat(300);
		MvcTestResult tooLong = this.mvc.post()
			.uri("/admin/relecture/edito/{id}/renvoyer", editoId())
			.param("note", long_)
			.with(REVIEWER)
			.with(csrf())
			.exchange();
		assertThat(tooLong).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Trop long. Trop long.");
		assertThat(this.jdbc.queryForObject("select proposed_at from content_draft", Object.class)).isNotNull();
	}

	@Test
	void nothingAContributorSendsPublishes() {
		for (String action : new String[] { "publier", "programmer", "remplacer", "" }) {
			MvcTestResult result = this.mvc.post()
				.uri("/admin/edito")
				.param("title", "Édito")
				.param("body", "Publié sans relecture.")
				.param("signatoryName", "Mahyar JALILI")
				.param("signatoryTitle", "Directeur Général")
				.param("version", Long.toString(edito().getVersion()))
				.param("action", action)
				.param("publishAt", "2099-01-01T08:00")
				.with(CONTRIBUTOR)
				.with(csrf())
				.exchange();
			assertThat(result).as(action).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get().uri("/edito")).bodyText().doesNotContain("Publié sans relecture.");
		proposeEdito("Proposé, puis publié par soi-même ?");
		assertThat(this.mvc.post().uri("/admin/relecture/edito/{id}/publier", editoId()).with(CONTRIBUTOR).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/edito")).bodyText().doesNotContain("Proposé, puis publié par soi-même ?");
	}

	@Test
	void aContributorsFormOffersToProposeAndNotToPublish() {
		assertThat(this.mvc.get().uri("/admin/edito").with(CONTRIBUTOR)).hasStatusOk()
			.bodyText()
			.contains("value=\"proposer\"", "value=\"brouillon\"")
			.doesNotContain("value=\"publier\"", "value=\"programmer\"");
		assertThat(this.mvc.get().uri("/admin/edito").with(REVIEWER)).bodyText()
			.contains("value=\"publier\"", "value=\"programmer\"");
		assertThat(this.mvc.get().uri("/admin").with(CONTRIBUTOR)).hasStatusOk()
			.bodyText()
			.doesNotContain("/admin/demandes", "/admin/parametres", "/admin/corbeille", "/admin/relecture");
	}

	private MvcTestResult proposeEdito(String body) {
		return this.mvc.post()
			.uri("/admin/edito")
			.param("title", "Édito")
			.param("body", body)
			.param("signatoryName", "Mahyar JALILI")
			.param("signatoryTitle", "Directeur Général")
			.param("version", Long.toString(edito().getVersion()))
			.param("action", "proposer")
			.with(CONTRIBUTOR)
			.with(csrf())
			.exchange();
	}

	private Edito edito() {
		return this.editos.findFirstByOrderById().orElseThrow();
	}

	private long editoId() {
		return edito().getId();
	}

	private int mailsTo(String recipient) {
		return this.jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class,
				recipient);
	}

}
