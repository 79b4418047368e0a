package fr.peringenierie.site.admin;

import java.util.List;
import java.util.stream.Stream;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The README's table « Qui peut quoi », row by row: each route reserved to administrators
 * is refused to an editor (GET and POST with a valid CSRF token, in several spellings)
 * and reaches its handler for an administrator; each route open to editors is open to
 * both; nobody signed out reaches any.
 */
@SiteIntegrationTest
class RoleTableTests {

	/** Reserved to administrators. */
	static final List<String> ADMINISTRATORS_ONLY = List.of("GET /admin/utilisateurs",
			"GET /admin/utilisateurs/saisies", "GET /admin/demandes/export.csv",
			"GET /admin/parametres/groupe/notifications", "POST /admin/utilisateurs/999999/cles",
			"POST /admin/utilisateurs/999999/reinitialiser", "POST /admin/utilisateurs/999999/desactiver",
			"POST /admin/demandes/personne/effacer", "POST /admin/corbeille/realisation/999999/supprimer");

	/** Open to editors and administrators. */
	static final List<String> STAFF = List.of("GET /admin", "GET /admin/edito", "GET /admin/demandes",
			"GET /admin/corbeille", "GET /admin/brouillons", "GET /admin/mot-de-passe", "GET /admin/journal",
			"GET /admin/parametres/groupe/coordonnees");

	@Autowired
	MockMvcTester mvc;

	static Stream<Arguments> administratorsOnly() {
		return ADMINISTRATORS_ONLY.stream().flatMap((route) -> {
			String[] parts = route.split(" ");
			String path = parts[1];
			return Stream.of(path, path.replaceFirst("/admin", "/%61dmin"), path.replaceFirst("/admin/", "/admin//"))
				.map((spelling) -> Arguments.of(parts[0], spelling));
		});
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("administratorsOnly")
	void reservedToAdministrators(String method, String path) {
		assertThat(request(method, path, "EDITOR")).satisfiesAnyOf(
				(result) -> assertThat(result).hasStatus(HttpStatus.FORBIDDEN),
				(result) -> assertThat(result).hasStatus(HttpStatus.BAD_REQUEST));
		if (!path.contains("%") && !path.contains("//")) {
			assertThat(request(method, path, "ADMIN").getResponse().getStatus()).as("administrateur").isNotIn(401, 403);
		}
		assertThat(request(method, path, null)).satisfiesAnyOf(
				(result) -> assertThat(result).hasStatus(HttpStatus.FOUND),
				(result) -> assertThat(result).hasStatus(HttpStatus.FORBIDDEN),
				(result) -> assertThat(result).hasStatus(HttpStatus.BAD_REQUEST));
	}

	static Stream<String> staff() {
		return STAFF.stream();
	}

	@ParameterizedTest
	@MethodSource("staff")
	void openToEveryMemberOfStaff(String route) {
		String[] parts = route.split(" ");
		for (String role : new String[] { "EDITOR", "ADMIN" }) {
			assertThat(request(parts[0], parts[1], role)).as(role + " " + route).hasStatusOk();
		}
		assertThat(request(parts[0], parts[1], null)).hasStatus(HttpStatus.FOUND);
	}

	private MvcTestResult request(String method, String path, String role) {
		var request = method.equals("GET") ? this.mvc.get().uri(path) : this.mvc.post().uri(path).with(csrf());
		if (role != null) {
			request = request.with(user(role.equals("ADMIN") ? "directeur" : "redac").roles(role));
		}
		return request.exchange();
	}

}
