package org.guichet.account.internal;

import java.time.Instant;
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
import org.guichet.account.EmailAddress;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;

/**
 * A person who can sign in: a customer (whose roles come from organization memberships)
 * or a member of the provider's staff.
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

	private Instant createdAt;

	@Version
	private Long version;

	protected UserAccount() {
	}

	private UserAccount(EmailAddress email, String displayName, String passwordHash, StaffRole staffRole,
			String preferredLanguage, Instant now) {
		this.id = UUID.randomUUID();
		this.email = email.value();
		this.displayName = requireName(displayName);
		this.passwordHash = passwordHash;
		this.state = AccountState.ACTIVE;
		this.staffRole = staffRole;
		this.preferredLanguage = checkLanguage(preferredLanguage);
		this.createdAt = now;
	}

	/**
	 * An account that can sign in right away with the given (already hashed) password.
	 */
	static UserAccount active(EmailAddress email, String displayName, String passwordHash, StaffRole staffRole,
			String preferredLanguage, Instant now) {
		return new UserAccount(email, displayName, passwordHash, staffRole, preferredLanguage, now);
	}

	void changePreferredLanguage(String language) {
		this.preferredLanguage = checkLanguage(language);
	}

	boolean canSignIn() {
		return this.state == AccountState.ACTIVE && this.passwordHash != null;
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("A display name of 1 to 200 characters is required");
		}
		return name.strip();
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

	StaffRole staffRole() {
		return this.staffRole;
	}

	String preferredLanguage() {
		return this.preferredLanguage;
	}

	UserSummary summary() {
		return new UserSummary(id(), this.email, this.displayName, this.state, this.staffRole);
	}

}
