package org.guichet.account.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.guichet.account.AccountState;
import org.guichet.account.ContactMedium;
import org.guichet.account.NotificationPreferences;
import org.guichet.account.NotificationTopic;
import org.guichet.account.PasswordPolicy;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.UserId;
import org.guichet.shared.Civility;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mon profil": what a signed-in user changes about themself.
 */
@Service
public class ProfileService implements NotificationPreferences {

	private final UserAccountRepository users;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwordEncoder;

	private final SecurityLog securityLog;

	private final PersonalInformation personalInformation;

	private final Clock clock;

	ProfileService(UserAccountRepository users, PasswordPolicy policy, PasswordEncoder passwordEncoder,
			SecurityLog securityLog, PersonalInformation personalInformation, Clock clock) {
		this.users = users;
		this.policy = policy;
		this.passwordEncoder = passwordEncoder;
		this.securityLog = securityLog;
		this.personalInformation = personalInformation;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Profile> find(UserId id) {
		return this.users.findById(id.value())
			.map((user) -> new Profile(user.email(), user.civility(), user.displayName(), user.phone(),
					user.preferredLanguage(), user.staffRole() != null ? user.staffRole().name() : null,
					user.notifications(), user.preferredContact()));
	}

	@Transactional
	public void update(UserId id, Civility civility, String displayName, String phone, String language,
			Set<NotificationTopic> notifications, ContactMedium preferredContact) {
		UserAccount user = this.users.findById(id.value()).orElseThrow();
		user.preferContact(preferredContact);
		user.updateDetails(displayName, phone, language);
		user.updateCivility(civility);
		user.chooseNotifications(notifications);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UserId> whoWants(Collection<UserId> candidates, NotificationTopic topic) {
		return this.users.findAllById(candidates.stream().map(UserId::value).toList())
			.stream()
			.filter((user) -> user.state() != AccountState.BLOCKED && user.notifications().contains(topic))
			.map(UserAccount::id)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * @return whether the current password is right
	 */
	@Transactional(readOnly = true)
	public boolean checkCurrentPassword(UserId id, String currentPassword) {
		return this.users.findById(id.value())
			.map((user) -> user.passwordHash() != null
					&& this.passwordEncoder.matches(currentPassword, user.passwordHash()))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public List<PasswordPolicy.Violation> check(UserId id, String password) {
		List<String> personal = this.users.findById(id.value())
			.map((user) -> this.personalInformation.of(user, null))
			.orElse(List.of());
		return this.policy.check(password, personal);
	}

	/**
	 * Sets a new password; the caller has checked the current one and the policy.
	 */
	@Transactional
	public void changePassword(UserId id, String newPassword) {
		UserAccount user = this.users.findById(id.value()).orElseThrow();
		user.resetPassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.securityLog.record(SecurityEventType.PASSWORD_CHANGED, id, id, user.email(), null);
	}

	/**
	 * @param email the address (login)
	 * @param civility how to address the user, if they chose
	 * @param displayName the name shown in pages
	 * @param phone the phone number, if any
	 * @param language {@code fr}, {@code en} or {@code null} to follow the browser
	 * @param staffRole the staff role's name, or {@code null} for a customer
	 * @param notifications the e-mails the user wants
	 * @param preferredContact how the user prefers staff to reach them
	 */
	public record Profile(String email, Civility civility, String displayName, String phone, String language,
			String staffRole, Set<NotificationTopic> notifications, ContactMedium preferredContact) {
	}

}
