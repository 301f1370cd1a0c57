package org.guichet.account;

/**
 * What other modules may know of a user.
 *
 * @param id the user's id
 * @param email the normalized e-mail address
 * @param displayName the name shown in pages
 * @param state where the account stands
 * @param staffRole the staff role, or {@code null} for customers
 */
public record UserSummary(UserId id, String email, String displayName, AccountState state, StaffRole staffRole) {

}
