package fr.peringenierie.site;

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
		SpringApplication.run(PerIngenierieApplication.class, args);
	}

}
