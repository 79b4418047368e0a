package fr.peringenierie.site.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The README's table « Qui peut quoi », route by route: every GET and POST route of the
 * back office, as the application maps it, is tried with each role. Reserved to
 * administrators: refused to editors and contributors. Open to contributors: only their
 * account, the content's screens, their drafts and previews. Everything else is refused
 * to contributors. Nobody signed out reaches any.
 */
@SiteIntegrationTest
class RoleTableTests {

	/**
	 * Reserved to administrators (the table's « non (403) » rows for editors), as
	 * patterns of the routes' paths.
	 */
	static final List<String> ADMINISTRATORS_ONLY = List.of("/admin/utilisateurs(/.*)?", "/admin/demandes/export.csv",
			"/admin/demandes/personne(/.*)?", "/admin/corbeille/[^/]+/\\d+/supprimer",
			"/admin/parametres/groupe/notifications(/.*)?", "/admin/mot-de-passe/codes-de-secours",
			"/admin/sauvegardes(/.*)?", "/admin/recrutement/candidatures/\\d+/(export|effacer)");

	/** What a contributor opens (GET): the table's rows « Contributeur : oui ». */
	static final List<String> CONTRIBUTOR_READS = List.of("/admin", "/admin/edito", "/admin/histoire",
			"/admin/histoire/999999", "/admin/departements", "/admin/departements/999999", "/admin/sections/999999",
			"/admin/elements/999999", "/admin/equipe", "/admin/equipe/999999", "/admin/equipe/personnes/999999",
			"/admin/moyens-techniques", "/admin/moyens-techniques/999999", "/admin/logiciels/999999",
			"/admin/realisations", "/admin/realisations/999999", "/admin/textes", "/admin/textes/999999",
			"/admin/actualites", "/admin/actualites/999999", "/admin/recrutement", "/admin/recrutement/offres/999999",
			"/admin/brouillons", "/admin/brouillons/parametre/999999/abandonner", "/admin/apercu/parametre/999999",
			"/admin/historique/parametre/999999", "/admin/historique/parametre/999999/comparer",
			"/admin/historique/parametre/999999/999999", "/admin/recherche", "/admin/liens", "/admin/session",
			"/admin/reprise", "/admin/mot-de-passe", "/admin/second-facteur");

	/** What a contributor sends (POST). */
	static final List<String> CONTRIBUTOR_WRITES = List.of("/admin/edito", "/admin/histoire/999999",
			"/admin/departements/999999", "/admin/sections/999999", "/admin/elements/999999", "/admin/equipe/999999",
			"/admin/moyens-techniques/999999", "/admin/logiciels/999999", "/admin/realisations/999999",
			"/admin/realisations/999999/garder", "/admin/textes/999999", "/admin/actualites/999999",
			"/admin/recrutement/offres/999999", "/admin/brouillons/parametre/999999/abandonner",
			"/admin/reprise/abandonner", "/admin/mot-de-passe", "/admin/mot-de-passe/courriel",
			"/admin/mot-de-passe/cles/renommer", "/admin/mot-de-passe/cles/retirer", "/admin/second-facteur/envoyer",
			"/admin/second-facteur/verifier", "/admin/second-facteur/secours");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Every GET or POST route of the back office, its variables filled in. */
	Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!info.getHeadersCondition().getExpressions().isEmpty()) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/admin") || pattern.equals(LoginHandlers.LOGIN_PATH)) {
					continue;
				}
				String path = pattern.replace("{segment}", "parametre")
					.replace("{kind}", "realisations")
					.replace("{slot}", "inconnu")
					.replace("{slug}", "inconnu")
					.replaceAll("\\{[^}]+}", "999999");
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					if (method == RequestMethod.GET || method == RequestMethod.POST) {
						routes.add(method + " " + path);
					}
				}
			}
		}
		assertThat(routes).hasSizeGreaterThan(80);
		return routes;
	}

	@Test
	void aContributorReachesOnlyTheTablesRows() {
		List<String> wrong = new ArrayList<>();
		for (String route : routes()) {
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1);
			boolean open = (method.equals("GET") ? CONTRIBUTOR_READS : CONTRIBUTOR_WRITES).contains(path);
			int status = request(method, path, "CONTRIBUTOR").getResponse().getStatus();
			if (open == (status == 403) || status >= 500) {
				wrong.add(route + " → " + status + (open ? " (ouvert aux contributeurs)" : " (refusé)"));
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void anEditorReachesEverythingButTheAdministratorsRows() {
		List<String> wrong = new ArrayList<>();
		for (String route : routes()) {
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1);
			boolean reserved = ADMINISTRATORS_ONLY.stream().anyMatch(path::matches);
			int editor = request(method, path, "EDITOR").getResponse().getStatus();
			if (reserved != (editor == 403) || editor >= 500) {
				wrong.add(route + " → rédacteur " + editor);
			}
			if (!path.equals("/admin/logout")) {
				int administrator = request(method, path, "ADMIN").getResponse().getStatus();
				if (administrator == 403 || administrator == 401 || administrator >= 500) {
					wrong.add(route + " → administrateur " + administrator);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void nobodySignedOutReachesAny() {
		List<String> wrong = new ArrayList<>();
		for (String route : routes()) {
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1);
			int status = request(method, path, null).getResponse().getStatus();
			if (status != 302 && status != 403) {
				wrong.add(route + " → " + status);
			}
		}
		assertThat(wrong).isEmpty();
	}

	static Stream<Arguments> administratorsOnlyInOtherSpellings() {
		return Stream
			.of("GET /admin/utilisateurs", "GET /admin/demandes/export.csv", "POST /admin/utilisateurs/999999/cles",
					"GET /admin/parametres/groupe/notifications", "POST /admin/corbeille/realisation/999999/supprimer")
			.flatMap((route) -> {
				String[] parts = route.split(" ");
				return Stream
					.of(parts[1].replaceFirst("/admin", "/%61dmin"), parts[1].replaceFirst("/admin/", "/admin//"))
					.map((spelling) -> Arguments.of(parts[0], spelling));
			});
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("administratorsOnlyInOtherSpellings")
	void reservedToAdministratorsWhateverTheSpelling(String method, String path) {
		for (String role : new String[] { "EDITOR", "CONTRIBUTOR" }) {
			assertThat(request(method, path, role)).as(role)
				.satisfiesAnyOf((result) -> assertThat(result).hasStatus(HttpStatus.FORBIDDEN),
						(result) -> assertThat(result).hasStatus(HttpStatus.BAD_REQUEST));
		}
	}

	private MvcTestResult request(String method, String path, String role) {
		var request = method.equals("GET") ? this.mvc.get().uri(path) : this.mvc.post().uri(path).with(csrf());
		if (role != null) {
			request = request.with(user(switch (role) {
				case "ADMIN" -> "directeur";
				case "EDITOR" -> "redac";
				default -> "contributrice";
			}).roles(role));
		}
		return request.exchange();
	}

}
