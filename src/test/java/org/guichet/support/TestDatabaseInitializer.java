package org.guichet.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring Boot test context at a test database (see {@link TestDatabase}),
 * named by the property {@code guichet.test.database} (default {@code guichet_test}),
 * with the demo data loaded unless the test says otherwise, mail going to the
 * {@link TestMailServer}, and scheduled jobs off: tests run the jobs themselves.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The {@code guichet.test.database} that leaves the database to Guichet itself. */
	public static final String EMBEDDED = "embedded";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String name = environment.getProperty("guichet.test.database", "guichet_test");
		if (EMBEDDED.equals(name)) {
			// The test starts Guichet exactly as a user does: on its own embedded
			// database.
			environment.getPropertySources()
				.addLast(new MapPropertySource("guichetTestDefaults", Map.of("guichet.scheduling.enabled", "false")));
			return;
		}
		// Each test context keeps its pool open while cached: small pools keep a dozen
		// contexts under the server's 100 connections.
		Map<String, Object> properties = Map.ofEntries(Map.entry("spring.datasource.url", TestDatabase.url(name)),
				Map.entry("spring.datasource.hikari.maximum-pool-size", "5"),
				Map.entry("spring.datasource.hikari.minimum-idle", "1"), Map.entry("guichet.demo-data", "true"),
				Map.entry("guichet.data-dir", "target/test-data"), Map.entry("spring.mail.host", "127.0.0.1"),
				Map.entry("spring.mail.port", Integer.toString(TestMailServer.port())),
				Map.entry("guichet.scheduling.enabled", "false"),
				Map.entry("guichet.account.sign-ins-per-minute", "100000"),
				Map.entry("guichet.account.public-forms-per-minute", "100000"));
		environment.getPropertySources().addLast(new MapPropertySource("guichetTestDatabase", properties));
	}

}
