package org.guichet.organization.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.organization.Member;
import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationContact;
import org.guichet.organization.OrganizationFieldException;
import org.guichet.organization.Siret;
import org.guichet.organization.OrganizationIdentity;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.Organizations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganizationService implements Organizations {

	private final OrganizationRepository organizations;

	private final MembershipRepository memberships;

	private final Clock clock;

	private final HouseholdAccounts households;

	OrganizationService(OrganizationRepository organizations, MembershipRepository memberships, Clock clock,
			HouseholdAccounts households) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.clock = clock;
		this.households = households;
	}

	@Override
	@Transactional
	public OrganizationId create(OrganizationIdentity identity, OrganizationContact contact) {
		requireUnique(identity, null);
		Organization created = new Organization(identity, contact, this.clock.instant());
		this.organizations.saveAndFlush(created);
		if (identity.kind() == OrganizationKind.HOUSEHOLD) {
			this.households.ensure(created.id());
		}
		return created.id();
	}

	@Override
	public Optional<OrganizationCard> card(OrganizationId organization) {
		return this.organizations.findById(organization.value()).map(Organization::card);
	}

	@Override
	public Optional<OrganizationId> byCustomerCode(String customerCode) {
		return this.organizations.findIdByCustomerCode(customerCode.strip()).map(OrganizationId::new);
	}

	@Override
	public Optional<OrganizationId> bySiret(Siret siret) {
		return this.organizations.findIdBySiret(siret.value()).map(OrganizationId::new);
	}

	@Override
	@Transactional
	public void identifyAndContact(OrganizationId organization, OrganizationIdentity identity,
			OrganizationContact contact) {
		Organization found = this.organizations.findById(organization.value()).orElseThrow(NotFoundException::new);
		requireUnique(identity, organization.value());
		if (found.card().identity().kind() == OrganizationKind.HOUSEHOLD
				&& identity.kind() != OrganizationKind.HOUSEHOLD && this.households.hasPeople(organization)) {
			throw new OrganizationFieldException("kind", "organizations.error.householdKind");
		}
		found.identify(identity, this.clock.instant());
		found.updateContact(contact, this.clock.instant());
		if (identity.kind() == OrganizationKind.HOUSEHOLD) {
			this.organizations.flush();
			this.households.ensure(organization);
		}
	}

	@Override
	@Transactional
	public void updateContact(OrganizationId organization, OrganizationContact contact) {
		this.organizations.findById(organization.value())
			.orElseThrow(NotFoundException::new)
			.updateContact(contact, this.clock.instant());
	}

	private void requireUnique(OrganizationIdentity identity, UUID except) {
		String code = (identity.customerCode() != null) ? identity.customerCode().strip() : "";
		if (this.organizations.findIdByCustomerCode(code).filter((id) -> !id.equals(except)).isPresent()) {
			throw new OrganizationFieldException("customerCode", "organizations.error.customerCodeUsed");
		}
		if (identity.siret() != null && this.organizations.findIdBySiret(identity.siret().value())
			.filter((id) -> !id.equals(except))
			.isPresent()) {
			throw new OrganizationFieldException("siret", "organizations.error.siretUsed");
		}
	}

	@Override
	@Transactional
	public void addMember(OrganizationId organization, UserId user, MemberRole role) {
		if (this.memberships.existsByOrganizationIdAndUserId(organization.value(), user.value())) {
			throw new IllegalArgumentException("Already a member");
		}
		this.memberships.save(new Membership(organization, user, role, this.clock.instant()));
	}

	/**
	 * Asked on every page of a customer (the switcher, the organization they act for):
	 * one statement, sent without a transaction of its own.
	 */
	@Override
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<MembershipView> membershipsOf(UserId user) {
		return this.organizations.membershipsOf(user.value()).stream().map(MembershipRow::view).toList();
	}

	@Override
	public long count() {
		return this.organizations.count();
	}

	@Override
	public Optional<MembershipView> membership(UserId user, OrganizationId organization) {
		return membershipsOf(user).stream()
			.filter((membership) -> membership.organizationId().equals(organization))
			.findFirst();
	}

	@Override
	public List<Member> members(OrganizationId organization) {
		return this.memberships.findByOrganizationId(organization.value()).stream().map(Membership::member).toList();
	}

	@Override
	public long countMemberships(UserId user) {
		return this.memberships.countByUserId(user.value());
	}

	@Override
	@Transactional
	public void changeRole(OrganizationId organization, UserId user, MemberRole role) {
		membershipOf(organization, user).changeRole(role);
	}

	@Override
	@Transactional
	public void removeMember(OrganizationId organization, UserId user) {
		this.memberships.delete(membershipOf(organization, user));
	}

	private Membership membershipOf(OrganizationId organization, UserId user) {
		return this.memberships.findByOrganizationIdAndUserId(organization.value(), user.value())
			.orElseThrow(() -> new IllegalArgumentException("Not a member"));
	}

}
