package org.guichet.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, UUID> {

	@Query("select c from Contract c where c.organizationId = :organizationId order by c.signedOn desc, c.number")
	List<Contract> findByOrganization(UUID organizationId);

	@Query("select c from Contract c where c.id = :id and c.organizationId = :organizationId")
	Optional<Contract> findInOrganization(UUID id, UUID organizationId);

	long countByProductId(UUID productId);

}
