package org.guichet.account.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.guichet.account.ContactMedium;
import org.guichet.account.NotificationTopic;
import org.guichet.account.internal.ProfileService.Profile;
import org.guichet.shared.Civility;
import org.guichet.shared.PhoneNumbers;

import org.springframework.validation.Errors;

/**
 * The details a user edits in their profile, as typed.
 *
 * @param civility {@code MADAME}, {@code MONSIEUR} or empty
 * @param displayName the name shown in pages
 * @param phone optional
 * @param language {@code fr}, {@code en} or empty for the browser's
 * @param notifications the names of the {@link NotificationTopic topics} ticked
 * @param preferredContact the name of a {@link ContactMedium}, or empty for e-mail
 */
public record DetailsForm(String civility, String displayName, String phone, String language,
		List<String> notifications, String preferredContact) {

	private static final Set<String> TOPIC_NAMES = Arrays.stream(NotificationTopic.values())
		.map(Enum::name)
		.collect(Collectors.toUnmodifiableSet());

	static DetailsForm of(Profile profile) {
		return new DetailsForm((profile.civility() != null) ? profile.civility().name() : "", profile.displayName(),
				profile.phone(), (profile.language() != null) ? profile.language() : "",
				profile.notifications().stream().map(Enum::name).toList(), profile.preferredContact().name());
	}

	void validate(Errors errors) {
		if (this.civility != null && !this.civility.isEmpty() && !"MADAME".equals(this.civility)
				&& !"MONSIEUR".equals(this.civility)) {
			errors.rejectValue("civility", "form.error.civility");
		}
		if (this.displayName == null || this.displayName.isBlank()) {
			errors.rejectValue("displayName", "NotBlank");
		}
		else if (this.displayName.strip().length() > 200) {
			errors.rejectValue("displayName", "form.error.tooLong", new Object[] { 200 }, null);
		}
		if (!PhoneNumbers.isAcceptable(this.phone)) {
			errors.rejectValue("phone", "form.error.phone");
		}
		if (this.language == null
				|| !(this.language.isEmpty() || "fr".equals(this.language) || "en".equals(this.language))) {
			errors.rejectValue("language", "form.error.language");
		}
		if (!TOPIC_NAMES.containsAll(notificationNames())) {
			errors.rejectValue("notifications", "form.error.notifications");
		}
		if (this.preferredContact != null && !this.preferredContact.isEmpty()
				&& Arrays.stream(ContactMedium.values()).noneMatch((m) -> m.name().equals(this.preferredContact))) {
			errors.rejectValue("preferredContact", "form.error.preferredContact");
		}
	}

	/**
	 * Call after {@link #validate(Errors)} found nothing wrong.
	 */
	ContactMedium chosenContact() {
		return (this.preferredContact == null || this.preferredContact.isEmpty()) ? ContactMedium.EMAIL
				: ContactMedium.valueOf(this.preferredContact);
	}

	/**
	 * Call after {@link #validate(Errors)} found nothing wrong.
	 */
	Civility chosenCivility() {
		return (this.civility == null || this.civility.isEmpty()) ? null : Civility.valueOf(this.civility);
	}

	/**
	 * Call after {@link #validate(Errors)} found nothing wrong.
	 */
	Set<NotificationTopic> chosenNotifications() {
		Set<NotificationTopic> topics = EnumSet.noneOf(NotificationTopic.class);
		notificationNames().forEach((name) -> topics.add(NotificationTopic.valueOf(name)));
		return topics;
	}

	public boolean wants(String topic) {
		return notificationNames().contains(topic);
	}

	private List<String> notificationNames() {
		return (this.notifications != null) ? this.notifications : List.of();
	}

}
