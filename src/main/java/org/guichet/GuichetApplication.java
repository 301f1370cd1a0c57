package org.guichet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Guichet: a customer portal and service desk.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GuichetApplication {

	public static void main(String[] args) {
		SpringApplication.run(GuichetApplication.class, args);
	}

}
