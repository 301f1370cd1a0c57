package org.guichet.organization.web;

import java.util.Arrays;
import java.util.Locale;

import org.guichet.account.EmailAddress;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationContact;
import org.guichet.organization.OrganizationIdentity;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.Siret;
import org.guichet.shared.PhoneNumbers;

import org.springframework.validation.Errors;

/**
 * An organization's identification and contact details, as typed. Staff edit both; an
 * organization's administrators only the contact details.
 */
public record OrganizationForm(String name, String legalName, String kind, String customerCode, String siret,
		Boolean active, String street, String postcode, String city, String country, String email, String phone,
		String fax) {

	static OrganizationForm empty() {
		return new OrganizationForm("", "", OrganizationKind.COMPANY.name(), "", "", true, "", "", "", "FR", "", "",
				"");
	}

	static OrganizationForm of(OrganizationCard card) {
		OrganizationIdentity identity = card.identity();
		OrganizationContact contact = card.contact();
		return new OrganizationForm(identity.name(), identity.legalName(), identity.kind().name(),
				identity.customerCode(), (identity.siret() != null) ? identity.siret().value() : "", identity.active(),
				contact.street(), contact.postcode(), contact.city(), contact.country(), contact.email(),
				contact.phone(), contact.fax());
	}

	void validateIdentity(Errors errors) {
		required(this.name, 200, "name", errors);
		optional(this.legalName, 200, "legalName", errors);
		required(this.customerCode, 40, "customerCode", errors);
		if (this.kind == null || Arrays.stream(OrganizationKind.values())
			.noneMatch((candidate) -> candidate.name().equals(this.kind))) {
			errors.rejectValue("kind", "organizations.error.kind");
		}
		if (!FormValues.blank(this.siret) && Siret.parse(this.siret).isEmpty()) {
			errors.rejectValue("siret", "organizations.error.siret");
		}
	}

	void validateContact(Errors errors) {
		optional(this.street, 300, "street", errors);
		if (!FormValues.blank(this.postcode) && !this.postcode.strip().matches("[0-9A-Za-z -]{2,10}")) {
			errors.rejectValue("postcode", "organizations.error.postcode");
		}
		optional(this.city, 100, "city", errors);
		if (!FormValues.blank(this.country) && !this.country.strip().matches("[A-Za-z]{2}")) {
			errors.rejectValue("country", "organizations.error.country");
		}
		if (!FormValues.blank(this.email) && EmailAddress.of(this.email).isEmpty()) {
			errors.rejectValue("email", "Email");
		}
		phone(this.phone, "phone", errors);
		phone(this.fax, "fax", errors);
	}

	/**
	 * Call after {@link #validateIdentity(Errors)} found nothing wrong.
	 */
	OrganizationIdentity identity() {
		return new OrganizationIdentity(this.name, this.legalName, OrganizationKind.valueOf(this.kind),
				this.customerCode, FormValues.blank(this.siret) ? null : Siret.parse(this.siret).orElseThrow(),
				Boolean.TRUE.equals(this.active));
	}

	/**
	 * Call after {@link #validateContact(Errors)} found nothing wrong.
	 */
	OrganizationContact contact() {
		return new OrganizationContact(this.street, this.postcode, this.city,
				FormValues.blank(this.country) ? "FR" : this.country.strip().toUpperCase(Locale.ROOT),
				FormValues.blank(this.email) ? null : EmailAddress.of(this.email).orElseThrow().value(), this.phone,
				this.fax);
	}

	private static void phone(String value, String field, Errors errors) {
		if (!PhoneNumbers.isAcceptable(value)) {
			errors.rejectValue(field, "form.error.phone");
		}
	}

	private static void required(String value, int max, String field, Errors errors) {
		if (FormValues.blank(value)) {
			errors.rejectValue(field, "NotBlank");
		}
		else {
			optional(value, max, field, errors);
		}
	}

	private static void optional(String value, int max, String field, Errors errors) {
		if (value != null && value.strip().length() > max) {
			errors.rejectValue(field, "form.error.tooLong", new Object[] { max }, null);
		}
	}

}
