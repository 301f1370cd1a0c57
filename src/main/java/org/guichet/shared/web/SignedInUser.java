package org.guichet.shared.web;

import java.util.UUID;

/**
 * What any module may know of the signed-in user, whatever module authenticates them: the
 * session's principal implements it. Modules that the account module depends on (such as
 * notification) read the user's id through it instead of depending on account. Obtain it
 * in a controller with {@code @AuthenticationPrincipal SignedInUser user}.
 */
public interface SignedInUser {

	/**
	 * @return the user's id, the key of their account
	 */
	UUID userId();

	/**
	 * @return whether the user is one of the provider's staff (agent, manager or
	 * administrator)
	 */
	boolean isStaff();

}
