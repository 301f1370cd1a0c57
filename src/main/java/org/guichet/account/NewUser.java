package org.guichet.account;

/**
 * An account to create already active, with its password: used by the first-run setup and
 * the demo data. Invitations (which create inactive accounts) come through their own
 * flow.
 *
 * @param email the address as typed
 * @param displayName the name shown in pages
 * @param rawPassword the password, hashed before it is stored
 * @param staffRole the staff role, or {@code null} for a customer
 * @param preferredLanguage {@code fr}, {@code en}, or {@code null} to follow the browser
 */
public record NewUser(String email, String displayName, String rawPassword, StaffRole staffRole,
		String preferredLanguage) {

	@Override
	public String toString() {
		return "NewUser[email=" + this.email + ", staffRole=" + this.staffRole + "]";
	}

}
