package org.guichet.organization;

import java.util.Optional;
import java.util.UUID;

import org.guichet.account.UserId;

/**
 * Household accounts ("comptes foyers") and their people.
 */
public interface Households {

	/**
	 * Declares a person of the household.
	 * @return their id
	 */
	UUID addIndividual(OrganizationId household, IndividualDetails details);

	/**
	 * Makes an adult the one responsible for the account, in place of the previous one.
	 */
	void makeResponsible(OrganizationId household, UUID individual);

	/**
	 * Links a person to the account they sign in with.
	 */
	void linkLogin(OrganizationId household, UUID individual, UserId login);

}
