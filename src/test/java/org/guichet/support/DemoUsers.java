package org.guichet.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo accounts of README.md, as the tests sign in with them.
 */
public enum DemoUsers {

	MEMBER("marie.durand@saint-exemple.fr", "/", "Tableau de bord"),
	ORGANIZATION_ADMIN("paul.lefebvre@saint-exemple.fr", "/", "Tableau de bord"),
	TECHNICAL_CONTACT("luc.moreau@transports-dupuis.fr", "/", "Tableau de bord"),
	HOUSEHOLD_MEMBER("claire.martin@foyer-martin.fr", "/", "Tableau de bord"),
	AGENT("agent@editions-exemple.fr", "/desk", "Tâches"), MANAGER("manager@editions-exemple.fr", "/desk", "Tâches"),
	READER("lecteur@editions-exemple.fr", "/desk", "Tâches"), LAWYER("juriste@editions-exemple.fr", "/desk", "Tâches"),
	ADMINISTRATOR("admin@editions-exemple.fr", "/admin", "Vue d'ensemble");

	public static final String PASSWORD = "Guichet-demo-2026";

	private final String email;

	private final String home;

	private final String homeHeading;

	DemoUsers(String email, String home, String homeHeading) {
		this.email = email;
		this.home = home;
		this.homeHeading = homeHeading;
	}

	/**
	 * Puts every demo account back as the demo data created it (password, state, lock),
	 * for tests that change them in a database other tests use.
	 */
	public static void restore(JdbcTemplate jdbc, PasswordEncoder encoder) {
		String hash = encoder.encode(PASSWORD);
		for (DemoUsers user : values()) {
			jdbc.update("update users set password_hash = ?, state = 'ACTIVE', locked_until = null, failed_logins = 0,"
					+ " first_failed_login_at = null, password_changed_at = now(), totp_secret = null, totp_last_step = null,"
					+ " civility = null, notify_own_requests = true, notify_organization_requests = false,"
					+ " notify_service_status = true, counter_mode = ? where email = ?", hash, user == AGENT,
					user.email());
		}
	}

	public String email() {
		return this.email;
	}

	public String home() {
		return this.home;
	}

	public String homeHeading() {
		return this.homeHeading;
	}

}
