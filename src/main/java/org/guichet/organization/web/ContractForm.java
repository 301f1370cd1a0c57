package org.guichet.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import org.guichet.organization.ContractTerms;
import org.guichet.organization.ContractView;

import org.springframework.validation.Errors;

/**
 * A contract as typed by staff; dates as the browser's date inputs send them.
 */
public record ContractForm(String number, String licenceNumber, String productId, String signedOn, String endsOn,
		Boolean suspended) {

	static ContractForm empty() {
		return new ContractForm("", "", "", "", "", false);
	}

	static ContractForm of(ContractView contract) {
		return new ContractForm(contract.number(), contract.licenceNumber(), contract.product().id().toString(),
				contract.signedOn().toString(), (contract.endsOn() != null) ? contract.endsOn().toString() : "",
				contract.suspended());
	}

	void validate(Errors errors) {
		if (this.number != null && this.number.strip().length() > 60) {
			errors.rejectValue("number", "form.error.tooLong", new Object[] { 60 }, null);
		}
		if (this.licenceNumber != null && this.licenceNumber.strip().length() > 60) {
			errors.rejectValue("licenceNumber", "form.error.tooLong", new Object[] { 60 }, null);
		}
		if (uuid(this.productId) == null) {
			errors.rejectValue("productId", "contracts.error.product");
		}
		LocalDate signed = FormValues.date(this.signedOn);
		if (signed == null) {
			errors.rejectValue("signedOn", "contracts.error.date");
		}
		LocalDate ends = FormValues.date(this.endsOn);
		if (!FormValues.blank(this.endsOn) && ends == null) {
			errors.rejectValue("endsOn", "contracts.error.date");
		}
		else if (signed != null && ends != null && ends.isBefore(signed)) {
			errors.rejectValue("endsOn", "contracts.error.endsBeforeSigned");
		}
	}

	/**
	 * Call after {@link #validate(Errors)} found nothing wrong.
	 */
	ContractTerms terms() {
		return new ContractTerms(this.number, this.licenceNumber, uuid(this.productId), FormValues.date(this.signedOn),
				FormValues.date(this.endsOn), Boolean.TRUE.equals(this.suspended));
	}

	private static UUID uuid(String value) {
		try {
			return (value != null) ? UUID.fromString(value.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
