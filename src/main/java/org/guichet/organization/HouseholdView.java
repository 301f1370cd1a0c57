package org.guichet.organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A household account: the organization, its state and its people, adults first.
 *
 * @param card the organization (its customer code is the household number)
 * @param state where the account stands
 * @param stateChangedAt when it got there
 * @param individuals its people
 */
public record HouseholdView(OrganizationCard card, HouseholdState state, Instant stateChangedAt,
		List<IndividualView> individuals) {

	public String number() {
		return this.card.identity().customerCode();
	}

	public Optional<IndividualView> responsible() {
		return this.individuals.stream().filter(IndividualView::responsible).findFirst();
	}

}
