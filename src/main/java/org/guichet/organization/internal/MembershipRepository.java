package org.guichet.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

	boolean existsByOrganizationIdAndUserId(UUID organizationId, UUID userId);

	Optional<Membership> findByOrganizationIdAndUserId(UUID organizationId, UUID userId);

	List<Membership> findByOrganizationId(UUID organizationId);

	long countByUserId(UUID userId);

}
