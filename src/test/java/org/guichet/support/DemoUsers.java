package org.guichet.support;

/**
 * The demo accounts of README.md, as the tests sign in with them.
 */
public enum DemoUsers {

	MEMBER("marie.durand@saint-exemple.fr", "/", "Tableau de bord"),
	ORGANIZATION_ADMIN("paul.lefebvre@saint-exemple.fr", "/", "Tableau de bord"),
	TECHNICAL_CONTACT("luc.moreau@transports-dupuis.fr", "/", "Tableau de bord"),
	HOUSEHOLD_MEMBER("claire.martin@foyer-martin.fr", "/", "Tableau de bord"),
	AGENT("agent@editions-exemple.fr", "/desk", "Tâches"), MANAGER("manager@editions-exemple.fr", "/desk", "Tâches"),
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
