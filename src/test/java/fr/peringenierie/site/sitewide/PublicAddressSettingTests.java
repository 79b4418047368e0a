package fr.peringenierie.site.sitewide;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A fresh installation without {@code PER_SITE_BASE_URL}: pages ask not to be indexed,
 * the sitemap is withheld and the dashboard says why and where to fix it; once staff set
 * the address in « Mise en ligne », canonical links and the sitemap use it at once.
 */
@SiteIntegrationTest
@TestPropertySource(properties = { "per.site.base-url=",
		// A context of its own needs a database of its own: starting, it empties and
		// migrates its database, which must not be the one the other tests' context uses.
		"spring.datasource.url=jdbc:h2:mem:per-adresse;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "spring.flyway.schemas=",
		"per.scheduling.enabled=false" })
@DirtiesContext
class PublicAddressSettingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void unset() {
		this.jdbc.update("update site_setting set setting_value = null where code = 'site.public-url'");
	}

	@Test
	void untilTheAddressIsSetNothingIsIndexedThenEverythingUsesIt() {
		assertThat(this.mvc.get().uri("/edito")).bodyText()
			.contains("<meta name=\"robots\" content=\"noindex\">")
			.contains("http://localhost:8080/edito");
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/robots.txt")).bodyText().doesNotContain("Sitemap");
		assertThat(this.mvc.get().uri("/admin").with(user("direction").roles("ADMIN"))).bodyText()
			.contains("L’adresse publique du site n’est pas réglée", "/admin/parametres/groupe/mise-en-ligne");

		long id = this.jdbc.queryForObject("select id from site_setting where code = 'site.public-url'", Long.class);
		long version = this.jdbc.queryForObject("select version from site_setting where id = ?", Long.class, id);
		assertThat(this.mvc.post()
			.uri("/admin/parametres/groupe/mise-en-ligne")
			.with(user("redaction").roles("EDITOR"))
			.with(csrf())
			.param("values[" + id + "]", "https://www.per-ingenierie.fr")
			.param("versions[" + id + "]", String.valueOf(version))).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select setting_value from site_setting where id = ?", String.class, id))
			.isEqualTo("https://www.per-ingenierie.fr");

		assertThat(this.mvc.get().uri("/edito")).bodyText()
			.doesNotContain("content=\"noindex\"")
			.contains("<link rel=\"canonical\" href=\"https://www.per-ingenierie.fr/edito\">");
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk()
			.bodyText()
			.contains("<loc>https://www.per-ingenierie.fr/edito</loc>");
		assertThat(this.mvc.get().uri("/robots.txt")).bodyText()
			.contains("Sitemap: https://www.per-ingenierie.fr/sitemap.xml");
	}

}
