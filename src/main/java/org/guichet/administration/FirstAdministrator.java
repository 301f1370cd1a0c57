package org.guichet.administration;

/**
 * What the person holding the setup link enters.
 *
 * @param providerName the provider running this installation
 * @param displayName the administrator's name
 * @param email the administrator's address
 * @param password the administrator's password
 */
public record FirstAdministrator(String providerName, String displayName, String email, String password) {

	@Override
	public String toString() {
		return "FirstAdministrator[providerName=" + this.providerName + ", email=" + this.email + "]";
	}

}
