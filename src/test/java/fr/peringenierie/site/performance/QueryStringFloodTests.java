package fr.peringenierie.site.performance;

import java.util.Random;

import fr.peringenierie.site.SiteIntegrationTest;
import fr.peringenierie.site.project.Project;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import fr.peringenierie.site.web.RenderedPageCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links shared with tracking parameters, and a flood of made-up query strings, are
 * answered from the page cache: same page, same ETag, no rendering, and the cache keeps
 * its size.
 */
@SiteIntegrationTest
class QueryStringFloodTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RenderedPageCache cache;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void fiveThousandRandomQueryStringsOnTheGalleryLeaveTheCacheAndItsHitsAlone() {
		String etag = etag("/realisations");
		assertThat(etag("/?utm_source=linkedin&utm_medium=social&fbclid=abc")).isEqualTo(etag("/"));
		long size = this.cache.size();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		Random random = new Random(7);
		for (int i = 0; i < 5000; i++) {
			String query = (i % 2 == 0) ? "utm_source=" + Long.toHexString(random.nextLong())
					: Long.toHexString(random.nextLong()) + "=" + random.nextInt();
			assertThat(etag("/realisations?" + query)).isEqualTo(etag);
		}
		// Rendering the gallery loads its projects; the jobs that run meanwhile never do.
		assertThat(statistics.getEntityStatistics(Project.class.getName()).getLoadCount())
			.as("aucun rendu pendant le flot")
			.isZero();
		assertThat(this.cache.size()).isEqualTo(size);
		assertThat(etag("/realisations")).isEqualTo(etag);
		assertThat(statistics.getEntityStatistics(Project.class.getName()).getLoadCount()).isZero();
	}

	private String etag(String address) {
		MvcTestResult result = this.mvc.get().uri(address).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getHeader("ETag");
	}

}
