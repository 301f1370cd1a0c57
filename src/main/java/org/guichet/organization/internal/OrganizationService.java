package org.guichet.organization.internal;

import java.time.Clock;
import java.util.List;

import org.guichet.account.UserId;
import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.NewOrganization;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganizationService implements Organizations {

	private final OrganizationRepository organizations;

	private final MembershipRepository memberships;

	private final Clock clock;

	OrganizationService(OrganizationRepository organizations, MembershipRepository memberships, Clock clock) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.clock = clock;
	}

	@Override
	@Transactional
	public OrganizationId create(NewOrganization organization) {
		if (this.organizations.existsByCustomerCode(organization.customerCode())) {
			throw new IllegalArgumentException("Customer code already used: " + organization.customerCode());
		}
		Organization created = new Organization(organization.name(), organization.kind(), organization.customerCode(),
				this.clock.instant());
		this.organizations.save(created);
		return created.id();
	}

	@Override
	@Transactional
	public void addMember(OrganizationId organization, UserId user, MemberRole role) {
		if (this.memberships.existsByOrganizationIdAndUserId(organization.value(), user.value())) {
			throw new IllegalArgumentException("Already a member");
		}
		this.memberships.save(new Membership(organization, user, role, this.clock.instant()));
	}

	@Override
	public List<MembershipView> membershipsOf(UserId user) {
		return this.organizations.membershipsOf(user.value()).stream().map(MembershipRow::view).toList();
	}

	@Override
	public long count() {
		return this.organizations.count();
	}

}
