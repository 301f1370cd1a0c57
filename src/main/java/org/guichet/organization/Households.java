package org.guichet.organization;

import java.util.Optional;
import java.util.UUID;

import org.guichet.account.UserId;

/**
 * Household accounts ("comptes foyers") and their people.
 */
public interface Households {

	/**
	 * Opens a household account for a citizen, numbered {@code F-…}, valid at once since
	 * staff or the demo data open it.
	 * @param name its name, usually "Foyer" and the adult's last name
	 * @param responsible the adult responsible for it
	 * @param contact its address and how to reach it
	 * @return the household
	 */
	OrganizationId open(String name, IndividualDetails responsible, OrganizationContact contact);

	/**
	 * @return the household, or empty when the organization is not one
	 */
	Optional<HouseholdView> find(OrganizationId household);

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
