package org.guichet.account.internal;

import java.time.Duration;

import org.guichet.account.PasswordPolicy;

/**
 * The account rules an administrator chooses.
 *
 * @param passwordRules the rules a new password must follow
 * @param passwordMaxAgeDays after how many days a password must be changed, or
 * {@code null} for never
 * @param twoFactorRequiredForStaff whether staff must set up two-factor authentication
 */
public record AccountSettings(PasswordPolicy.Rules passwordRules, Integer passwordMaxAgeDays,
		boolean twoFactorRequiredForStaff) {

	/** The longest maximum age an administrator may choose: ten years. */
	public static final int LONGEST_MAX_AGE_DAYS = 3650;

	public AccountSettings {
		if (passwordRules == null) {
			throw new IllegalArgumentException("Password rules are required");
		}
		if (passwordMaxAgeDays != null && (passwordMaxAgeDays < 1 || passwordMaxAgeDays > LONGEST_MAX_AGE_DAYS)) {
			throw new IllegalArgumentException("A maximum age is 1 to " + LONGEST_MAX_AGE_DAYS + " days");
		}
	}

	public Duration passwordMaxAge() {
		return (this.passwordMaxAgeDays != null) ? Duration.ofDays(this.passwordMaxAgeDays) : null;
	}

}
