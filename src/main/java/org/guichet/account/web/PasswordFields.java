package org.guichet.account.web;

import org.springframework.validation.Errors;

/**
 * The checks every "choose a password" form makes before the password policy.
 */
final class PasswordFields {

	private PasswordFields() {
	}

	static void validate(String password, String confirmation, Errors errors) {
		if (password == null || password.isEmpty()) {
			errors.rejectValue("password", "NotBlank");
		}
		else if (!password.equals(confirmation)) {
			errors.rejectValue("passwordConfirmation", "password.error.mismatch");
		}
	}

}
