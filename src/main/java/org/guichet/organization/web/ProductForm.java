package org.guichet.organization.web;

import org.springframework.validation.Errors;

/**
 * A product as typed.
 */
public record ProductForm(String code, String name, String family, Boolean active) {

	void validate(Errors errors) {
		check(this.code, 40, "code", errors);
		check(this.name, 200, "name", errors);
		check(this.family, 60, "family", errors);
	}

	private static void check(String value, int max, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "NotBlank");
		}
		else if (value.strip().length() > max) {
			errors.rejectValue(field, "form.error.tooLong", new Object[] { max }, null);
		}
	}

}
