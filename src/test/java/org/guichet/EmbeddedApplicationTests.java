package org.guichet;

import java.nio.file.Path;
import java.util.UUID;

import org.guichet.account.Accounts;
import org.guichet.administration.Installation;
import org.guichet.shared.database.EmbeddedDatabase;
import org.guichet.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guichet started as {@code ./mvnw spring-boot:run} starts it: no datasource configured,
 * so it runs its own PostgreSQL in the data directory, loads the demo data once, and
 * finds it again after a restart.
 */
class EmbeddedApplicationTests {

	@Test
	void startsOnItsOwnDatabaseWithDemoDataThatSurvivesARestart() {
		Path dataDir = Path.of("target", "embedded-application-tests", UUID.randomUUID().toString());
		long users;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			assertThat(first.getBean(EmbeddedDatabase.class).dataDirectory())
				.isEqualTo(dataDir.resolve("postgres").toAbsolutePath().normalize());
			users = first.getBean(Accounts.class).count();
			assertThat(users).as("demo users, one of them invited").isEqualTo(10);
			assertThat(first.getBean(Installation.class).providerName()).contains("Éditions Exemple");
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
			assertThat(second.getBean(Accounts.class).count()).as("kept, not loaded twice").isEqualTo(users);
			assertThat(second.getBean(Accounts.class).findByEmail("admin@editions-exemple.fr")).isPresent();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(GuichetApplication.class).run("--server.port=0",
				"--guichet.data-dir=" + dataDir, "--guichet.test.database=" + TestDatabaseInitializer.EMBEDDED,
				"--spring.jmx.enabled=false");
	}

}
