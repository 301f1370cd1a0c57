package org.guichet.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * What organizations bought, for the modules that depend on it (a ticket about a product
 * needs an active contract for it).
 */
public interface Contracts {

	/**
	 * @return the organization's contracts, latest signature first
	 */
	List<ContractView> of(OrganizationId organization);

	/**
	 * @return the active products the organization holds an active contract for on that
	 * day, by name
	 */
	List<ProductView> productsUnderActiveContract(OrganizationId organization, LocalDate day);

}
