package org.guichet.organization.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

	boolean existsByOrganizationIdAndUserId(UUID organizationId, UUID userId);

}
