package org.guichet.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, UUID> {

	@Query("select o.id from Organization o where lower(o.customerCode) = lower(:customerCode)")
	Optional<UUID> findIdByCustomerCode(String customerCode);

	@Query("select o.id from Organization o where o.siret = :siret")
	Optional<UUID> findIdBySiret(String siret);

	@Query("""
			select new org.guichet.organization.internal.MembershipRow(o.id, o.name, o.kind, o.customerCode, m.role)
			from Membership m join Organization o on o.id = m.organizationId
			where m.userId = :userId and o.active = true
			order by o.name
			""")
	List<MembershipRow> membershipsOf(UUID userId);

}
