package fr.peringenierie.site.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.peringenierie.site.admin.AdminProperties;
import fr.peringenierie.site.admin.ExpiredSessionController;
import fr.peringenierie.site.admin.KeptForms;
import fr.peringenierie.site.admin.StaffUser;
import fr.peringenierie.site.admin.StaffUserRepository;
import fr.peringenierie.site.backup.Backups;
import fr.peringenierie.site.contact.ContactRequestRepository;
import fr.peringenierie.site.contact.MailServerCheck;
import fr.peringenierie.site.contact.NotificationStatus;
import fr.peringenierie.site.sitewide.SettingGroup;
import fr.peringenierie.site.sitewide.SiteSetting;
import fr.peringenierie.site.sitewide.SiteSettingRepository;
import fr.peringenierie.site.web.PublicAddress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What stands between the site and a safe launch, for the dashboard: each point says what
 * is wrong and where it is put right.
 */
@Service
@Transactional(readOnly = true)
public class LaunchChecklist {

	private final SiteSettingRepository settings;

	private final PublicAddress site;

	private final ContactRequestRepository requests;

	private final MailServerCheck mailServer;

	private final StaffUserRepository users;

	private final AdminProperties admin;

	private final KeptForms keptForms;

	private final Backups backups;

	LaunchChecklist(SiteSettingRepository settings, PublicAddress site, ContactRequestRepository requests,
			MailServerCheck mailServer, StaffUserRepository users, AdminProperties admin, KeptForms keptForms,
			Backups backups) {
		this.backups = backups;
		this.settings = settings;
		this.keptForms = keptForms;
		this.site = site;
		this.requests = requests;
		this.mailServer = mailServer;
		this.users = users;
		this.admin = admin;
	}

	/**
	 * The points that need attention, the most urgent first; administrators also see
	 * those only they can put right.
	 */
	public List<Item> items(boolean administrator) {
		List<Item> items = new ArrayList<>();
		List<SiteSetting> all = this.settings.findAllByOrderByPosition();
		if (administrator) {
			this.users.findByUsernameIgnoreCase(this.admin.username())
				.filter(StaffUser::isPasswordTemporary)
				.ifPresent(
						(first) -> items
							.add(new Item(
									"Le mot de passe généré pour le premier administrateur (« " + first.getUsername()
											+ " ») n’a jamais été changé.",
									"Comptes de l’équipe", "/admin/utilisateurs")));
			int handedOver = this.keptForms.handedOverCount();
			if (handedOver > 0) {
				items.add(new Item(
						handedOver + " saisie(s) envoyée(s) par des comptes désactivés attendent d’être reprises "
								+ "ou effacées (rien n’a été enregistré).",
						"Lire ces saisies", ExpiredSessionController.HANDED_OVER_PATH));
			}
			this.backups.freshnessProblem()
				.ifPresent((problem) -> items.add(new Item(problem, "Voir les sauvegardes", "/admin/sauvegardes")));
			this.backups.placementProblem()
				.ifPresent((problem) -> items.add(new Item(problem, "Voir les sauvegardes", "/admin/sauvegardes")));
			boolean noRecipient = all.stream()
				.anyMatch((setting) -> setting.getGroup() == SettingGroup.NOTIFICATIONS && !setting.isFilled());
			if (noRecipient) {
				items.add(new Item(
						"Aucune adresse ne reçoit les demandes de contact : elles sont enregistrées, mais personne n’est prévenu.",
						"Renseigner l’adresse de notification", "/admin/parametres/groupe/notifications"));
			}
		}
		this.mailServer.problem()
			.ifPresent((problem) -> items.add(new Item("Envoi des notifications impossible. " + problem
					+ " Le serveur de messagerie se règle par les variables PER_MAIL_HOST, PER_MAIL_PORT (voir le README).",
					administrator ? "Vérifier l’adresse de notification" : "Voir les demandes de contact",
					administrator ? "/admin/parametres/groupe/notifications" : "/admin/demandes")));
		long failed = this.requests.countByNotificationStatus(NotificationStatus.FAILED);
		long retrying = this.requests
			.countByNotificationStatusAndNotificationErrorIsNotNull(NotificationStatus.PENDING);
		if (failed + retrying > 0) {
			items.add(new Item(
					failed + " notification(s) de demande de contact n’ont pas pu être envoyées, " + retrying
							+ " en attente d’un nouvel essai : lisez ces demandes dans l’administration.",
					"Voir les demandes de contact", "/admin/demandes"));
		}
		List<String> missingLegal = all.stream()
			.filter((setting) -> setting.getGroup() == SettingGroup.LEGAL && !setting.isFilled())
			.map((setting) -> inSentence(setting.getLabel()))
			.toList();
		if (!missingLegal.isEmpty()) {
			items.add(new Item(
					"Mentions légales incomplètes, obligatoires pour un site d’entreprise : "
							+ String.join(", ", missingLegal)
							+ ". Tant qu’ils ne sont pas renseignés, ils n’apparaissent pas sur le site.",
					"Compléter l’identité légale", "/admin/parametres/groupe/" + SettingGroup.LEGAL.getSlug()));
		}
		all.stream()
			.filter((setting) -> (administrator || !setting.isAdminOnly()) && !setting.isWellFormed())
			.forEach((setting) -> items.add(new Item(
					"La valeur de « " + setting.getLabel() + " » n’est pas valide et peut casser des liens du site.",
					"Corriger", "/admin/parametres/groupe/" + setting.getGroup().getSlug())));
		if (!this.site.isSet()) {
			items.add(new Item(
					"L’adresse publique du site n’est pas réglée : les pages demandent aux moteurs de recherche "
							+ "de ne pas les indexer, le plan du site est retenu, et les liens des e-mails mènent à « "
							+ this.site.baseUrl() + " ».",
					"Régler l’adresse publique", "/admin/parametres/groupe/" + SettingGroup.LAUNCH.getSlug()));
		}
		return items;
	}

	/**
	 * A label inside a sentence: its capital dropped, unless it starts an acronym.
	 */
	static String inSentence(String label) {
		if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
			return label;
		}
		return label.substring(0, 1).toLowerCase(Locale.FRENCH) + label.substring(1);
	}

	/**
	 * One point needing attention: what is wrong, and the link that leads to the fix.
	 */
	public record Item(String problem, String fixLabel, String fixUrl) {
	}

}
