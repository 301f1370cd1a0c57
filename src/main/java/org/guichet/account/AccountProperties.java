package org.guichet.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts, sign-in protection and passwords.
 *
 * @param invitationValidity how long an activation link works
 * @param passwordResetValidity how long a password-reset link works
 * @param maxFailedLogins failed sign-ins within {@code failureWindow} that lock an
 * account
 * @param failureWindow the period over which failures are counted
 * @param lockDuration how long a locked account stays locked
 * @param passwordPolicy which rules a new password must follow: {@code STANDARD} (12
 * characters and 3 of the 4 kinds — upper case, lower case, digit, other — or 16
 * characters of any kind) or {@code CEGIDLIFE} (8 characters with all 4 kinds)
 * @param twoFactorRequiredForStaff whether staff must set up two-factor authentication
 * (customers may)
 */
@ConfigurationProperties("guichet.account")
public record AccountProperties(@DefaultValue("90d") Duration invitationValidity,
		@DefaultValue("1h") Duration passwordResetValidity, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("15m") Duration failureWindow, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("STANDARD") PasswordPolicy.Rules passwordPolicy, Duration passwordMaxAge,
		@DefaultValue("20") int signInsPerMinute, @DefaultValue("5") int publicFormsPerMinute, String botChallengeKey,
		@DefaultValue("20000") long botChallengeDifficulty, @DefaultValue("false") boolean twoFactorRequiredForStaff) {

}
