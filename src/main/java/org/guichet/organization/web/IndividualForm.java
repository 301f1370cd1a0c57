package org.guichet.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.guichet.organization.IndividualDetails;
import org.guichet.organization.IndividualKind;
import org.guichet.organization.IndividualView;
import org.guichet.shared.Civility;

import org.springframework.validation.Errors;

/**
 * A person of a household, as typed; the birth date as the browser's date input sends it.
 */
public record IndividualForm(String kind, String civility, String firstName, String lastName, String birthDate) {

	static IndividualForm empty(IndividualKind kind) {
		return new IndividualForm(kind.name(), "", "", "", "");
	}

	static IndividualForm of(IndividualView individual) {
		IndividualDetails details = individual.details();
		return new IndividualForm(details.kind().name(), (details.civility() != null) ? details.civility().name() : "",
				details.firstName(), details.lastName(),
				(details.birthDate() != null) ? details.birthDate().toString() : "");
	}

	void validate(Errors errors, Clock clock) {
		if (this.kind == null || Arrays.stream(IndividualKind.values()).noneMatch((k) -> k.name().equals(this.kind))) {
			errors.rejectValue("kind", "households.error.kind");
		}
		if (!FormValues.blank(this.civility)
				&& Arrays.stream(Civility.values()).noneMatch((c) -> c.name().equals(this.civility))) {
			errors.rejectValue("civility", "form.error.civility");
		}
		name(this.firstName, "firstName", errors);
		name(this.lastName, "lastName", errors);
		if (FormValues.blank(this.birthDate)) {
			if (IndividualKind.CHILD.name().equals(this.kind)) {
				errors.rejectValue("birthDate", "households.error.childBirthDate");
			}
		}
		else {
			LocalDate date = FormValues.date(this.birthDate);
			if (date == null || date.isAfter(LocalDate.now(clock)) || date.getYear() < 1900) {
				errors.rejectValue("birthDate", "households.error.birthDate");
			}
		}
	}

	/**
	 * Call after {@link #validate(Errors, Clock)} found nothing wrong.
	 */
	IndividualDetails details() {
		return new IndividualDetails(IndividualKind.valueOf(this.kind),
				FormValues.blank(this.civility) ? null : Civility.valueOf(this.civility), this.firstName.strip(),
				this.lastName.strip(), FormValues.date(this.birthDate));
	}

	private static void name(String value, String field, Errors errors) {
		if (FormValues.blank(value)) {
			errors.rejectValue(field, "NotBlank");
		}
		else if (value.strip().length() > 100) {
			errors.rejectValue(field, "form.error.tooLong", new Object[] { 100 }, null);
		}
	}

}
