package fr.peringenierie.site;

import fr.peringenierie.site.backup.RestoreOnStart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Public website and back office of PER INGÉNIERIE.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PerIngenierieApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PerIngenierieApplication.class);
		if (RestoreOnStart.isRequested(args)) {
			RestoreOnStart.prepare(application);
		}
		application.run(args);
	}

}
