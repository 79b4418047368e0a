package fr.peringenierie.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application on a random port, with MockMvc, on the test database. Every
 * integration test uses this one set-up so that they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ FreshDatabaseConfiguration.class, StaffScreens.class })
@TestExecutionListeners(listeners = { ForgetRenderedPages.class, KeepTheCsrfTokenRepository.class },
		mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface SiteIntegrationTest {

}
