package fr.peringenierie.site;

import java.util.List;

/**
 * Every screen of the back office, as an administrator sees it with the seeded content:
 * checked by the HTML checker, and by the browser at phone and desktop widths.
 */
public final class AdminPages {

	public static final List<String> ALL = List.of("/admin", "/admin/edito", "/admin/histoire", "/admin/histoire/1",
			"/admin/histoire/nouvelle", "/admin/departements", "/admin/departements/1", "/admin/departements/nouveau",
			"/admin/sections/1", "/admin/elements/1", "/admin/departements/1/sections/nouvelle", "/admin/equipe",
			"/admin/equipe/1", "/admin/moyens-techniques", "/admin/moyens-techniques/1", "/admin/logiciels/1",
			"/admin/realisations", "/admin/realisations/1", "/admin/realisations/nouvelle", "/admin/textes",
			"/admin/textes/1", "/admin/images", "/admin/equipe/personnes/1", "/admin/parametres", "/admin/parametres/1",
			"/admin/parametres/groupe/coordonnees", "/admin/parametres/groupe/identite-legale",
			"/admin/parametres/groupe/notifications", "/admin/journal", "/admin/redirections", "/admin/recherche",
			"/admin/recherche?q=energie+chauffage", "/admin/corbeille", "/admin/brouillons",
			"/admin/histoire/1/supprimer", "/admin/departements/1/supprimer", "/admin/historique/realisation/1",
			"/admin/demandes/personne/effacer?email=x@example.org", "/admin/utilisateurs", "/admin/mot-de-passe",
			"/admin/demandes", "/admin/demandes?statut=SPAM", "/admin/demandes/personne",
			"/admin/demandes/personne?email=x@example.org", "/admin/relecture", "/admin/sauvegardes",
			"/admin/statistiques", "/admin/statistiques?periode=365", "/admin/adresses-introuvables",
			"/admin/actualites", "/admin/actualites/nouvelle", "/admin/recrutement",
			"/admin/recrutement/offres/nouvelle", "/admin/recrutement/candidatures");

	/** The screens a contributor works in, as they see them. */
	public static final List<String> CONTRIBUTORS = List.of("/admin", "/admin/edito", "/admin/realisations/1",
			"/admin/brouillons", "/admin/mot-de-passe", "/admin/equipe", "/admin/equipe/personnes/1",
			"/admin/departements/1", "/admin/moyens-techniques", "/admin/moyens-techniques/1", "/admin/sections/1",
			"/admin/histoire", "/admin/actualites", "/admin/recrutement");

	private AdminPages() {
	}

}
