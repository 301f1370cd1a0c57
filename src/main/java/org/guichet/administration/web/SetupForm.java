package org.guichet.administration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.guichet.administration.FirstAdministrator;

/**
 * The first-run setup form.
 */
record SetupForm(@NotBlank @Size(max = 200) String providerName, @NotBlank @Size(max = 200) String displayName,
		@NotBlank @Size(max = 320) String email, @NotBlank @Size(min = 12, max = 128) String password,
		String passwordConfirmation) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "", "");
	}

	FirstAdministrator administrator() {
		return new FirstAdministrator(this.providerName, this.displayName, this.email, this.password);
	}

	@Override
	public String toString() {
		return "SetupForm[providerName=" + this.providerName + ", email=" + this.email + "]";
	}

}
