package org.guichet.account.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 */
public record DetailsForm(String civility, String displayName, String phone, String language,
		List<String> notifications) {

	private static final Set<String> TOPIC_NAMES = Arrays.stream(NotificationTopic.values())
		.map(Enum::name)
		.collect(Collectors.toUnmodifiableSet());

	static DetailsForm of(Profile profile) {
		return new DetailsForm((profile.civility() != null) ? profile.civility().name() : "", profile.displayName(),
				profile.phone(), (profile.language() != null) ? profile.language() : "",
				profile.notifications().stream().map(Enum::name).toList());
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
