package org.guichet.account;

import java.time.Instant;

/**
 * A request for an account, as staff handle it.
 */
public record AccountRequestView(AccountRequestId id, String lastName, String firstName, String phone, String email,
		String organizationName, String customerCode, String message, String language, String state, Instant createdAt,
		String refusalReason) {

	public String displayName() {
		return this.firstName + " " + this.lastName;
	}

	public boolean isPending() {
		return "PENDING".equals(this.state);
	}

}
