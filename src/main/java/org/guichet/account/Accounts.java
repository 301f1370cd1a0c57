package org.guichet.account;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guichet.shared.Civility;

/**
 * The account module's entry point for other modules.
 */
public interface Accounts {

	/**
	 * Creates an active account with a password.
	 * @param user the account to create
	 * @return the new user's id
	 * @throws EmailAlreadyUsedException when an account exists for the address
	 * @throws IllegalArgumentException when the address or name is invalid
	 */
	UserId createActiveUser(NewUser user);

	Optional<UserSummary> find(UserId id);

	/**
	 * @param email the address in any form; it is normalized before the look-up
	 * @return the account, if any
	 */
	Optional<UserSummary> findByEmail(String email);

	/**
	 * @return the accounts among these ids, in no particular order
	 */
	List<UserSummary> findAll(Collection<UserId> ids);

	/**
	 * @return the provider's people (agents, managers, administrators), by name
	 */
	List<UserSummary> staff();

	/**
	 * @return how the person wants to be addressed, if they said
	 */
	Optional<Civility> civility(UserId id);

	/**
	 * @return how the person prefers staff to reach them ({@link ContactMedium#EMAIL}
	 * unless they chose)
	 */
	ContactMedium preferredContact(UserId id);

	/**
	 * Blocks an active account: it cannot sign in any more and its open sessions end at
	 * once. An account not yet activated, or already blocked, is left as it is.
	 * @param actor who blocks it (for the audit log)
	 * @return whether the account was active and is now blocked
	 */
	boolean block(UserId user, UserId actor);

	/**
	 * Lets a blocked account sign in again.
	 * @param actor who unblocks it (for the audit log)
	 */
	void unblock(UserId user, UserId actor);

	/**
	 * @return whether the user's password is older than
	 * {@code guichet.account.password-max-age}
	 */
	boolean isPasswordExpired(UserId user);

	/**
	 * @return whether at least one staff administrator exists
	 */
	boolean hasAdministrator();

	long count();

	/**
	 * @return whether the user is staff allowed to act for a household at the counter
	 * ("mode guichet")
	 */
	boolean mayActAtCounter(UserId user);

	/**
	 * An administrator gives or takes the right to act for households at the counter.
	 * @throws IllegalStateException when the user is not staff
	 */
	void allowCounter(UserId user, boolean allowed, UserId administrator);

	/**
	 * @param text part of a customer's name or address
	 * @param limit the most ids returned
	 * @return customer accounts whose name or address contains the text (accents and case
	 * ignored), in no order
	 */
	List<UserId> searchCustomers(String text, int limit);

	/**
	 * @return {@code fr}, {@code en}, or empty when the user follows the browser
	 */
	Optional<String> preferredLanguage(UserId id);

	/**
	 * @return the language to write to the user in: their preferred one, else French
	 */
	default Locale preferredLocale(UserId id) {
		return preferredLanguage(id).map(Locale::forLanguageTag).orElse(Locale.FRENCH);
	}

	/**
	 * @param language {@code fr}, {@code en}, or {@code null} to follow the browser
	 */
	void changePreferredLanguage(UserId id, String language);

}
