package fr.peringenierie.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import javax.imageio.ImageIO;

import fr.peringenierie.site.admin.StaffAccounts;
import fr.peringenierie.site.admin.StaffUserRepository;
import fr.peringenierie.site.company.Edito;
import fr.peringenierie.site.contact.ContactDesk;
import fr.peringenierie.site.contact.ContactForm;
import fr.peringenierie.site.contact.ContactInbox;
import fr.peringenierie.site.contact.ContactRequest;
import fr.peringenierie.site.contact.ContactRequestRepository;
import fr.peringenierie.site.contact.ContactStatus;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.careers.JobOffer;
import fr.peringenierie.site.careers.JobOfferEditor;
import fr.peringenierie.site.news.NewsEditor;
import fr.peringenierie.site.news.NewsForm;
import fr.peringenierie.site.news.NewsPost;
import fr.peringenierie.site.project.ProjectEditor;
import fr.peringenierie.site.project.ProjectPhoto;
import fr.peringenierie.site.redirect.PageRedirect;
import fr.peringenierie.site.redirect.Redirects;
import fr.peringenierie.site.sitewide.PageText;
import fr.peringenierie.site.sitewide.SettingsEditor;
import fr.peringenierie.site.sitewide.SitePicture;
import fr.peringenierie.site.sitewide.SitePictures;
import fr.peringenierie.site.sitewide.SiteSetting;
import fr.peringenierie.site.sitewide.SiteSettingRepository;
import fr.peringenierie.site.sitewide.TextValueForm;
import fr.peringenierie.site.team.TeamRole;
import fr.peringenierie.site.web.ContentRevision;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.StaffRole;
import fr.peringenierie.site.web.StoredImage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered pages are dropped when, and only when, what visitors see has changed: the
 * revision moves on with every committed change to public content, whichever code made it
 * (here, plain repository and entity-manager calls with no audit entry), and stays put
 * for the inbox, staff accounts and internal settings.
 */
@SiteIntegrationTest
class PublicContentChangesTests {

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ContentRevision revision;

	@Autowired
	ProjectEditor projects;

	@Autowired
	NewsEditor news;

	@Autowired
	JobOfferEditor offers;

	@Autowired
	ContactDesk desk;

	@Autowired
	ContactInbox inbox;

	@Autowired
	ContactRequestRepository requests;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserRepository users;

	@Autowired
	SettingsEditor settingsEditor;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Redirects redirects;

	@Autowired
	SiteSettingRepository settings;

	@Autowired
	SitePictures pictures;

	@Test
	void everyKindOfPublicContentChangeMovesTheRevisionOn() throws IOException {
		Map<Class<?>, Change> changes = new LinkedHashMap<>();
		changes.put(Edito.class, new Change((em) -> first(em, Edito.class).setTitle("Titre changé pour le test"),
				(em) -> first(em, Edito.class).setTitle(this.editoTitle)));
		changes.put(PageText.class, new Change((em) -> first(em, PageText.class).setBody("Texte changé pour le test"),
				(em) -> first(em, PageText.class).setBody(this.pageTextBody)));
		changes.put(SiteSetting.class, new Change((em) -> companyName(em).setValue("PER INGÉNIERIE (test)"),
				(em) -> companyName(em).setValue(this.companyNameValue)));
		changes.put(TeamRole.class, new Change((em) -> em.persist(new TeamRole(ADDED_ROLE, 1, 99)),
				(em) -> em.remove(em.createQuery("select r from TeamRole r where r.label = :label", TeamRole.class)
					.setParameter("label", ADDED_ROLE)
					.getSingleResult())));
		ImageProcessor.PreparedImage png = new ImageProcessor().prepare(png());
		Change photo = new Change(
				(em) -> this.projects.addPhoto(first(em, Project.class).getId(), png, "Photo de test", ""),
				(em) -> this.projects.removePhoto(first(em, Project.class).getId(), em
					.createQuery("select p from ProjectPhoto p where p.image.alt = 'Photo de test'", ProjectPhoto.class)
					.getSingleResult()
					.getId()));
		changes.put(ProjectPhoto.class, photo);
		Change picture = new Change((em) -> this.pictures.replace(SitePicture.HOME_HERO, png, "Image de test"),
				(em) -> this.pictures.remove(SitePicture.HOME_HERO));
		changes.put(SitePicture.class, picture);
		changes.put(StoredImage.class, picture);
		changes.put(PageRedirect.class,
				new Change((em) -> this.redirects.add("/adresse-de-test", "/edito"),
						(em) -> this.redirects
							.delete(em.createQuery("select r from PageRedirect r where r.fromPath = '/adresse-de-test'",
									PageRedirect.class)
								.getSingleResult()
								.getId())));
		// Taking a post or an offer offline changes the lists that showed it, too.
		changes.put(NewsPost.class, new Change((em) -> SampleContent.publishedPost(this.news),
				(em) -> this.news.update(first(em, NewsPost.class).getId(), offline(first(em, NewsPost.class)))));
		changes.put(JobOffer.class,
				new Change((em) -> SampleContent.openOffer(this.offers, LocalDate.now().plusDays(30)),
						(em) -> em.remove(first(em, JobOffer.class))));
		for (EntityType<?> type : this.entityManager.getMetamodel().getEntities()) {
			Class<?> javaType = type.getJavaType();
			if (PublicContent.class.isAssignableFrom(javaType) && Positioned.class.isAssignableFrom(javaType)) {
				changes.putIfAbsent(javaType, new Change((em) -> shift((Positioned) first(em, javaType), 1000),
						(em) -> shift((Positioned) first(em, javaType), -1000)));
			}
			if (PublicContent.class.isAssignableFrom(javaType)) {
				assertThat(changes).as("un cas pour " + javaType.getSimpleName()).containsKey(javaType);
			}
		}
		this.transactions.executeWithoutResult((status) -> {
			this.editoTitle = first(this.entityManager, Edito.class).getTitle();
			this.pageTextBody = first(this.entityManager, PageText.class).getBody();
			this.companyNameValue = companyName(this.entityManager).getValue();
		});
		changes.forEach((type, change) -> {
			long before = this.revision.current();
			this.transactions.executeWithoutResult((status) -> change.apply().accept(this.entityManager));
			assertThat(this.revision.current()).as("révision après un changement de " + type.getSimpleName())
				.isGreaterThan(before);
			before = this.revision.current();
			this.transactions.executeWithoutResult((status) -> change.undo().accept(this.entityManager));
			assertThat(this.revision.current())
				.as("révision après l’annulation du changement de " + type.getSimpleName())
				.isGreaterThan(before);
		});
	}

	@Test
	void inboxWorkStaffPasswordsAndInternalSettingsLeaveTheRenderedPagesAlone() {
		ContactForm form = ContactForm.blank();
		form.setName("Jeanne Martin");
		form.setEmail("jeanne.martin@example.org");
		form.setSubject("structure");
		form.setMessage("Un message qui ne change rien au site public.");
		ContactRequest request = this.desk.receive(form, "Département Structure").request();
		this.accounts.create("revision", "un-mot-de-passe-solide", StaffRole.EDITOR);
		SiteSetting recipient = this.settings.findByCode("contact.recipient").orElseThrow();
		try {
			long before = this.revision.current();
			this.inbox.changeStatus(request.getId(), ContactStatus.IN_PROGRESS, request.getVersion());
			this.accounts.changeOwnPassword("revision", "un-autre-mot-de-passe");
			this.settingsEditor.updateSetting(recipient.getId(),
					TextValueForm.of("equipe@per-ingenierie.fr", recipient.getVersion()), true);
			assertThat(this.revision.current()).isEqualTo(before);
		}
		finally {
			this.requests.deleteAll();
			this.users.findByUsernameIgnoreCase("revision").ifPresent(this.users::delete);
			this.jdbc.update("update site_setting set setting_value = null where code = 'contact.recipient'");
		}
	}

	static final String ADDED_ROLE = "Métier ajouté pour le test";

	String editoTitle;

	String pageTextBody;

	String companyNameValue;

	private static NewsForm offline(NewsPost post) {
		NewsForm form = SampleContent.postForm(post.getTitle());
		form.setSlug(post.getSlug());
		form.setVersion(post.getVersion());
		form.setPublished(false);
		return form;
	}

	private static SiteSetting companyName(EntityManager em) {
		return em.createQuery("select s from SiteSetting s where s.code = 'company.name'", SiteSetting.class)
			.getSingleResult();
	}

	private static void shift(Positioned item, int offset) {
		item.setPosition(item.getPosition() + offset);
	}

	/**
	 * A committed change to one kind of content, and the change that puts it back.
	 */
	record Change(Consumer<EntityManager> apply, Consumer<EntityManager> undo) {

	}

	private static <T> T first(EntityManager em, Class<T> type) {
		List<T> found = em.createQuery("select e from " + type.getSimpleName() + " e order by e.id", type)
			.setMaxResults(1)
			.getResultList();
		assertThat(found).as("au moins un " + type.getSimpleName()).isNotEmpty();
		return found.get(0);
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", bytes);
		return bytes.toByteArray();
	}

}
