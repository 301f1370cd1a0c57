package org.guichet.organization;

import java.util.UUID;

/**
 * Staff's side of products and contracts, for the modules that create them (demo data,
 * imports).
 */
public interface Catalog {

	/**
	 * @throws OrganizationFieldException when the code is another product's
	 */
	ProductView createProduct(String code, String name, String family);

	/**
	 * @return the new contract's id
	 * @throws OrganizationFieldException when the product does not exist
	 */
	UUID addContract(OrganizationId organization, ContractTerms terms);

}
