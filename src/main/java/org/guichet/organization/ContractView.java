package org.guichet.organization;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract of an organization for a product.
 *
 * @param id its id
 * @param organizationId whose it is
 * @param number its number, "Inconnu" when the provider lost it
 * @param licenceNumber the licence number, if any
 * @param product what it covers
 * @param signedOn when it was signed
 * @param endsOn the last day it covers, or {@code null} when open-ended
 * @param suspended whether the provider suspended it
 */
public record ContractView(UUID id, OrganizationId organizationId, String number, String licenceNumber,
		ProductView product, LocalDate signedOn, LocalDate endsOn, boolean suspended) {

	/**
	 * @return whether the contract covers that day: signed, not ended, not suspended
	 */
	public boolean isActiveOn(LocalDate day) {
		return !this.suspended && !this.signedOn.isAfter(day) && (this.endsOn == null || !this.endsOn.isBefore(day));
	}

}
