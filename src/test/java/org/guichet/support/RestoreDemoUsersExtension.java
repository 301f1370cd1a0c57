package org.guichet.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each test, puts the demo accounts back as the demo data created them, for the
 * test classes that share one database and block, lock or re-password demo users.
 */
public class RestoreDemoUsersExtension implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		var application = SpringExtension.getApplicationContext(context);
		DemoUsers.restore(application.getBean(JdbcTemplate.class), application.getBean(PasswordEncoder.class));
	}

}
