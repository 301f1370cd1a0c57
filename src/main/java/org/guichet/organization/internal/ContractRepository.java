package org.guichet.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, UUID> {

	/**
	 * @return the organization's contracts, each with its product ({@code [Contract,
	 * Product]}), in one statement: a customer's every knowledge-base page asks
	 */
	@Query("select c, p from Contract c join Product p on p.id = c.productId"
			+ " where c.organizationId = :organizationId order by c.signedOn desc, c.number")
	List<Object[]> findWithProductsByOrganization(UUID organizationId);

	@Query("select c from Contract c where c.id = :id and c.organizationId = :organizationId")
	Optional<Contract> findInOrganization(UUID id, UUID organizationId);

	long countByProductId(UUID productId);

}
