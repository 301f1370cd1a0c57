package org.guichet.account.web;

import org.guichet.shared.PhoneNumbers;

import org.springframework.validation.Errors;

/**
 * What the invitee confirms and chooses on the activation page.
 */
record ActivationForm(String displayName, String phone, String language, String password, String passwordConfirmation) {

	void validate(Errors errors) {
		if (this.displayName == null || this.displayName.isBlank()) {
			errors.rejectValue("displayName", "NotBlank");
		}
		else if (this.displayName.strip().length() > 200) {
			errors.rejectValue("displayName", "form.error.tooLong", new Object[] { 200 }, null);
		}
		if (!PhoneNumbers.isAcceptable(this.phone)) {
			errors.rejectValue("phone", "form.error.phone");
		}
		if (!"fr".equals(this.language) && !"en".equals(this.language)) {
			errors.rejectValue("language", "form.error.language");
		}
		PasswordFields.validate(this.password, this.passwordConfirmation, errors);
	}

	@Override
	public String toString() {
		return "ActivationForm[displayName=" + this.displayName + "]";
	}

}
