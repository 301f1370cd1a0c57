package org.guichet.organization.web;

import java.time.Clock;

import org.guichet.organization.IndividualKind;
import org.guichet.organization.OrganizationContact;

import org.springframework.validation.Errors;

/**
 * A household opened at the counter: the adult responsible for it, where it lives, and
 * whether that adult is invited to sign in with the address given.
 */
public record NewHouseholdForm(String civility, String firstName, String lastName, String birthDate, String street,
		String postcode, String city, String email, String phone, Boolean invite) {

	static NewHouseholdForm empty() {
		return new NewHouseholdForm("", "", "", "", "", "", "", "", "", false);
	}

	void validate(Errors errors, Clock clock) {
		responsible().validate(errors, clock);
		contactForm().validateContact(errors);
		if (Boolean.TRUE.equals(this.invite) && (this.email == null || this.email.isBlank())) {
			errors.rejectValue("email", "households.error.inviteWithoutEmail");
		}
	}

	IndividualForm responsible() {
		return new IndividualForm(IndividualKind.ADULT.name(), this.civility, this.firstName, this.lastName,
				this.birthDate);
	}

	/**
	 * Call after {@link #validate(Errors, Clock)} found nothing wrong.
	 */
	OrganizationContact contact() {
		return contactForm().contact();
	}

	private OrganizationForm contactForm() {
		return new OrganizationForm(null, null, null, null, null, true, this.street, this.postcode, this.city, "FR",
				this.email, this.phone, "");
	}

}
