package org.guichet.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests for an account made by people without one ("Demande de compte").
 */
public interface AccountRequests {

	/**
	 * Records a request, as the public form does.
	 */
	void submit(String lastName, String firstName, String phone, EmailAddress email, String organizationName,
			String customerCode, String message, java.util.Locale language);

	/**
	 * @param pendingOnly whether to list only the requests not handled yet
	 * @return the pending requests, oldest first; or the latest 200 of any state, newest
	 * first
	 */
	List<AccountRequestView> list(boolean pendingOnly);

	Optional<AccountRequestView> find(AccountRequestId id);

	/**
	 * Records that the request was approved; the caller invites the person.
	 * @throws IllegalStateException when the request was already handled
	 */
	void markApproved(AccountRequestId id, UserId handledBy, UUID organizationId);

	/**
	 * Refuses the request and writes the mail that tells the person why.
	 * @throws IllegalStateException when the request was already handled
	 */
	void refuse(AccountRequestId id, UserId handledBy, String reason);

}
