package org.guichet.account.web;

import org.springframework.validation.Errors;

/**
 * The details a user edits in their profile.
 */
record DetailsForm(String displayName, String phone, String language) {

	void validate(Errors errors) {
		if (this.displayName == null || this.displayName.isBlank()) {
			errors.rejectValue("displayName", "NotBlank");
		}
		else if (this.displayName.strip().length() > 200) {
			errors.rejectValue("displayName", "form.error.tooLong", new Object[] { 200 }, null);
		}
		if (this.phone != null && !this.phone.isBlank()
				&& (this.phone.strip().length() > 40 || !this.phone.strip().matches("[+0-9 ().-]+"))) {
			errors.rejectValue("phone", "form.error.phone");
		}
		if (this.language == null
				|| !(this.language.isEmpty() || "fr".equals(this.language) || "en".equals(this.language))) {
			errors.rejectValue("language", "form.error.language");
		}
	}

}
