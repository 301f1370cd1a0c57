package org.guichet.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guichet.account.AccountState;
import org.guichet.account.ContactMedium;
import org.guichet.account.EmailAddress;
import org.guichet.account.NotificationTopic;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.shared.Civility;
import org.guichet.shared.PhoneNumbers;

/**
 * A person who can sign in: a customer (whose roles come from organization memberships)
 * or a member of the provider's staff.
 *
 * <pre>
 * invited ──activate──> ACTIVE ──block──> BLOCKED ──unblock──> ACTIVE
 * (INVITED)               └─ 5 failed sign-ins in 15 min: locked for 15 min (state unchanged)
 * </pre>
 */
@Entity
@Table(name = "users")
public class UserAccount {

	static final Set<String> LANGUAGES = Set.of("fr", "en");

	@Id
	@Column(name = "user_id")
	private UUID id;

	private String email;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private AccountState state;

	@Enumerated(EnumType.STRING)
	private StaffRole staffRole;

	private String preferredLanguage;

	private String phone;

	@Enumerated(EnumType.STRING)
	private Civility civility;

	@Enumerated(EnumType.STRING)
	private ContactMedium preferredContact = ContactMedium.EMAIL;

	private boolean notifyOwnRequests = true;

	private boolean notifyOrganizationRequests;

	private boolean notifyServiceStatus = true;

	private boolean counterMode;

	private Instant createdAt;

	private Instant invitedAt;

	private Instant activatedAt;

	private Instant passwordChangedAt;

	private int failedLogins;

	private Instant firstFailedLoginAt;

	private Instant lockedUntil;

	private String totpSecret;

	private Long totpLastStep;

	@Version
	private Long version;

	protected UserAccount() {
	}

	private UserAccount(EmailAddress email, String displayName, StaffRole staffRole, String preferredLanguage,
			Instant now) {
		this.id = UUID.randomUUID();
		this.email = email.value();
		this.displayName = requireName(displayName);
		this.staffRole = staffRole;
		this.preferredLanguage = checkLanguage(preferredLanguage);
		this.createdAt = now;
	}

	/**
	 * An account that can sign in right away with the given (already hashed) password.
	 */
	static UserAccount active(EmailAddress email, String displayName, String passwordHash, StaffRole staffRole,
			String preferredLanguage, Instant now) {
		UserAccount account = new UserAccount(email, displayName, staffRole, preferredLanguage, now);
		account.state = AccountState.ACTIVE;
		account.passwordHash = passwordHash;
		account.activatedAt = now;
		account.passwordChangedAt = now;
		return account;
	}

	/**
	 * An account created by an invitation: no password until its owner activates it. Its
	 * name is the address's local part until then.
	 */
	static UserAccount invited(EmailAddress email, StaffRole staffRole, String preferredLanguage, Instant now) {
		UserAccount account = new UserAccount(email, email.value().substring(0, email.value().indexOf('@')), staffRole,
				preferredLanguage, now);
		account.state = AccountState.INVITED;
		account.invitedAt = now;
		return account;
	}

	void activate(String displayName, String phone, String language, String passwordHash, Instant now) {
		if (this.state != AccountState.INVITED) {
			throw new IllegalStateException("Only an invited account can be activated");
		}
		this.displayName = requireName(displayName);
		this.phone = checkPhone(phone);
		this.preferredLanguage = checkLanguage(language);
		this.passwordHash = passwordHash;
		this.state = AccountState.ACTIVE;
		this.activatedAt = now;
		this.passwordChangedAt = now;
		clearFailures();
	}

	void resetPassword(String passwordHash, Instant now) {
		if (this.state != AccountState.ACTIVE) {
			throw new IllegalStateException("Only an active account can reset its password");
		}
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		clearFailures();
	}

	void block() {
		if (this.state == AccountState.BLOCKED) {
			return;
		}
		if (this.state != AccountState.ACTIVE) {
			throw new IllegalStateException("Only an active account can be blocked");
		}
		this.state = AccountState.BLOCKED;
	}

	void unblock() {
		if (this.state == AccountState.BLOCKED) {
			this.state = AccountState.ACTIVE;
			clearFailures();
		}
	}

	/**
	 * Counts a failed sign-in; enough of them within the window lock the account.
	 * @return whether this failure locked the account
	 */
	boolean recordFailedLogin(Instant now, int maxFailures, Duration window, Duration lockDuration) {
		if (this.firstFailedLoginAt == null || now.isAfter(this.firstFailedLoginAt.plus(window))) {
			this.firstFailedLoginAt = now;
			this.failedLogins = 0;
		}
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = now.plus(lockDuration);
			this.failedLogins = 0;
			this.firstFailedLoginAt = null;
			return true;
		}
		return false;
	}

	void recordSuccessfulLogin() {
		clearFailures();
	}

	boolean isPasswordOlderThan(Duration maxAge, Instant now) {
		return this.passwordChangedAt != null && now.isAfter(this.passwordChangedAt.plus(maxAge));
	}

	void enableTwoFactor(TwoFactorSecret secret, long step) {
		this.totpSecret = secret.base32();
		this.totpLastStep = step;
	}

	void disableTwoFactor() {
		this.totpSecret = null;
		this.totpLastStep = null;
	}

	boolean hasTwoFactor() {
		return this.totpSecret != null;
	}

	/**
	 * Accepts a code of the authenticator app once: a code seen before (or an older one)
	 * cannot sign in again.
	 */
	boolean acceptTotp(String code, Instant now) {
		if (this.totpSecret == null) {
			return false;
		}
		var step = new TwoFactorSecret(this.totpSecret).matchingStep(code, now);
		if (step.isEmpty() || (this.totpLastStep != null && step.getAsLong() <= this.totpLastStep)) {
			return false;
		}
		this.totpLastStep = step.getAsLong();
		return true;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	boolean canSignIn() {
		return this.state == AccountState.ACTIVE && this.passwordHash != null;
	}

	void changeEmail(EmailAddress email) {
		this.email = email.value();
	}

	void updateDetails(String displayName, String phone, String language) {
		this.displayName = requireName(displayName);
		this.phone = checkPhone(phone);
		this.preferredLanguage = checkLanguage(language);
	}

	void updateCivility(Civility civility) {
		this.civility = civility;
	}

	void chooseNotifications(Set<NotificationTopic> topics) {
		this.notifyOwnRequests = topics.contains(NotificationTopic.OWN_REQUESTS);
		this.notifyOrganizationRequests = topics.contains(NotificationTopic.ORGANIZATION_REQUESTS);
		this.notifyServiceStatus = topics.contains(NotificationTopic.SERVICE_STATUS);
	}

	Set<NotificationTopic> notifications() {
		Set<NotificationTopic> topics = EnumSet.noneOf(NotificationTopic.class);
		if (this.notifyOwnRequests) {
			topics.add(NotificationTopic.OWN_REQUESTS);
		}
		if (this.notifyOrganizationRequests) {
			topics.add(NotificationTopic.ORGANIZATION_REQUESTS);
		}
		if (this.notifyServiceStatus) {
			topics.add(NotificationTopic.SERVICE_STATUS);
		}
		return topics;
	}

	Civility civility() {
		return this.civility;
	}

	ContactMedium preferredContact() {
		return this.preferredContact;
	}

	void preferContact(ContactMedium medium) {
		this.preferredContact = (medium != null) ? medium : ContactMedium.EMAIL;
	}

	void changePreferredLanguage(String language) {
		this.preferredLanguage = checkLanguage(language);
	}

	private void clearFailures() {
		this.failedLogins = 0;
		this.firstFailedLoginAt = null;
		this.lockedUntil = null;
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw new IllegalArgumentException("A display name of 1 to 200 characters is required");
		}
		return name.strip();
	}

	private static String checkPhone(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		if (!PhoneNumbers.isAcceptable(phone)) {
			throw new IllegalArgumentException("Not a phone number");
		}
		return phone.strip();
	}

	private static String checkLanguage(String language) {
		if (language != null && !LANGUAGES.contains(language)) {
			throw new IllegalArgumentException("Unsupported language: " + language);
		}
		return language;
	}

	UserId id() {
		return new UserId(this.id);
	}

	String email() {
		return this.email;
	}

	String displayName() {
		return this.displayName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	AccountState state() {
		return this.state;
	}

	/**
	 * @return whether this staff member may act for a household at the counter
	 */
	boolean mayActAtCounter() {
		return this.staffRole != null && this.counterMode;
	}

	void allowCounter(boolean allowed) {
		if (this.staffRole == null) {
			throw new IllegalStateException("Only staff act at the counter");
		}
		this.counterMode = allowed;
	}

	StaffRole staffRole() {
		return this.staffRole;
	}

	String preferredLanguage() {
		return this.preferredLanguage;
	}

	String phone() {
		return this.phone;
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

	UserSummary summary() {
		return new UserSummary(id(), this.email, this.displayName, this.state, this.staffRole);
	}

}
