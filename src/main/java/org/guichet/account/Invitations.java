package org.guichet.account;

import java.util.Locale;

/**
 * Creates accounts by invitation: the account waits, without a password, until its owner
 * follows the activation link sent by e-mail.
 */
public interface Invitations {

	/**
	 * Creates an invited account and writes its activation mail.
	 * @param address the invitee's address
	 * @param invitedBy who invites (recorded in the audit log)
	 * @param organizationName what the invitee gets access to, named in the mail
	 * @param language the mail's language
	 * @return the new account
	 * @throws EmailAlreadyUsedException when an account exists for the address
	 */
	UserId invite(EmailAddress address, UserId invitedBy, String organizationName, Locale language);

	/**
	 * Creates an invited staff account and writes its activation mail.
	 * @throws EmailAlreadyUsedException when an account exists for the address
	 */
	UserId inviteStaff(EmailAddress address, StaffRole role, UserId invitedBy, Locale language);

	/**
	 * Sends a new activation link to an account still waiting for activation; the
	 * previous link stops working.
	 * @return whether the account was waiting for activation
	 */
	boolean resend(UserId user, UserId requestedBy, String organizationName, Locale language);

}
