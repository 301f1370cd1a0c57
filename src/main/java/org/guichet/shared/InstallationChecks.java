package org.guichet.shared;

import org.guichet.shared.database.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up about settings a production installation should not leave at their
 * development defaults.
 */
@Component
class InstallationChecks {

	private static final Logger log = LoggerFactory.getLogger(InstallationChecks.class);

	private final Environment environment;

	private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

	InstallationChecks(Environment environment, ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.environment = environment;
		this.embeddedDatabase = embeddedDatabase;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnAboutDevelopmentDefaults() {
		boolean production = this.embeddedDatabase.getIfAvailable() == null;
		if (production && !this.environment.containsProperty("guichet.base-url")) {
			log.warn("guichet.base-url is not set: links in e-mails and in the log point to http://localhost:8080. "
					+ "Set it to the address your users open (e.g. GUICHET_BASE_URL=https://support.example.org).");
		}
	}

}
