package org.guichet.ticket.web;

import java.util.UUID;

import org.guichet.ticket.internal.RequestTypeSettings;

import org.springframework.validation.Errors;

/**
 * A request type's settings as typed: text, so that a wrong value comes back next to its
 * field rather than failing to bind. A checkbox is ticked when it sends {@code true}.
 */
public record RequestTypeForm(String code, String name, String description, String category, String position,
		String contractRequired, String showsImpact, String showsUrgency, String showsBeneficiary,
		String showsAvailability, String showsWatchers, String active) {

	/**
	 * @return the form of a new type, placed at {@code position}: the fields most types
	 * show ticked, as the schema's defaults
	 */
	static RequestTypeForm forNewType(int position) {
		return new RequestTypeForm("", "", "", "", Integer.toString(position), null, "true", "true", null, null, "true",
				"true");
	}

	static RequestTypeForm of(RequestTypeSettings settings) {
		return new RequestTypeForm(settings.code(), settings.name(), settings.description(),
				(settings.categoryId() != null) ? settings.categoryId().toString() : "",
				Integer.toString(settings.position()), ticked(settings.contractRequired()),
				ticked(settings.showsImpact()), ticked(settings.showsUrgency()), ticked(settings.showsBeneficiary()),
				ticked(settings.showsAvailability()), ticked(settings.showsWatchers()), ticked(settings.active()));
	}

	void validate(Errors errors) {
		if (blank(this.code)) {
			errors.rejectValue("code", "NotBlank");
		}
		else if (!RequestTypeSettings.isValidCode(this.code)) {
			errors.rejectValue("code", "requestType.error.code");
		}
		if (blank(this.name)) {
			errors.rejectValue("name", "NotBlank");
		}
		else {
			checkLength(this.name, RequestTypeSettings.MAX_NAME, "name", errors);
		}
		checkLength(this.description, RequestTypeSettings.MAX_DESCRIPTION, "description", errors);
		if (!blank(this.category) && categoryId() == null) {
			errors.rejectValue("category", "requestType.error.category");
		}
		if (positionNumber() < 0) {
			errors.rejectValue("position", "requestType.error.position");
		}
	}

	/**
	 * @return the settings, once {@link #validate(Errors)} found nothing wrong
	 */
	RequestTypeSettings settings() {
		return new RequestTypeSettings(this.code, this.name, this.description, categoryId(),
				isTicked(this.contractRequired), isTicked(this.showsImpact), isTicked(this.showsUrgency),
				isTicked(this.showsBeneficiary), isTicked(this.showsAvailability), isTicked(this.showsWatchers),
				isTicked(this.active), positionNumber());
	}

	/**
	 * @return the category chosen, or {@code null} when none or not an id
	 */
	private UUID categoryId() {
		if (blank(this.category)) {
			return null;
		}
		try {
			return UUID.fromString(this.category.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isTicked(String checkbox) {
		return "true".equals(checkbox);
	}

	/**
	 * @return the position typed, or -1 when it is not a whole number from 0 to 9,999
	 */
	private int positionNumber() {
		if (blank(this.position) || !this.position.strip().matches("\\d{1,4}")) {
			return -1;
		}
		return Integer.parseInt(this.position.strip());
	}

	private static void checkLength(String value, int max, String field, Errors errors) {
		if (value != null && value.strip().length() > max) {
			errors.rejectValue(field, "form.error.tooLong", new Object[] { max }, null);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String ticked(boolean value) {
		return value ? "true" : null;
	}

}
