package org.guichet.organization;

import java.util.UUID;

import org.guichet.account.UserId;

/**
 * One of a household's people.
 *
 * @param id their id
 * @param details what the household declares about them
 * @param login their account, when they may sign in, or {@code null}
 * @param responsible whether they are the adult responsible for the account
 */
public record IndividualView(UUID id, IndividualDetails details, UserId login, boolean responsible) {

	public String fullName() {
		return this.details.firstName() + " " + this.details.lastName();
	}

}
