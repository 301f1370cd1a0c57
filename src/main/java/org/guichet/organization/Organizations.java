package org.guichet.organization;

import java.util.List;
import java.util.Optional;

import org.guichet.account.UserId;

/**
 * The organization module's entry point for other modules.
 */
public interface Organizations {

	/**
	 * @throws OrganizationFieldException when the customer code or the SIRET is another
	 * organization's
	 */
	OrganizationId create(OrganizationIdentity identity, OrganizationContact contact);

	/**
	 * @return the organization, whether active or not
	 */
	Optional<OrganizationCard> card(OrganizationId organization);

	/**
	 * @return the organization with that customer code (case ignored)
	 */
	Optional<OrganizationId> byCustomerCode(String customerCode);

	/**
	 * @return the organization with that SIRET
	 */
	Optional<OrganizationId> bySiret(Siret siret);

	/**
	 * Staff change what identifies an organization and how it is reached.
	 * @throws OrganizationFieldException when the customer code or the SIRET is another
	 * organization's
	 */
	void identifyAndContact(OrganizationId organization, OrganizationIdentity identity, OrganizationContact contact);

	/**
	 * The organization's administrators, or staff, change its contact details.
	 */
	void updateContact(OrganizationId organization, OrganizationContact contact);

	/**
	 * Gives a user a role in an organization.
	 */
	void addMember(OrganizationId organization, UserId user, MemberRole role);

	/**
	 * @return the active organizations the user belongs to, by name
	 */
	List<MembershipView> membershipsOf(UserId user);

	long count();

	/**
	 * @return the user's membership of that organization, if they have one and it is
	 * active
	 */
	Optional<MembershipView> membership(UserId user, OrganizationId organization);

	/**
	 * @return every member of the organization
	 */
	List<Member> members(OrganizationId organization);

	/**
	 * @return how many organizations the user belongs to
	 */
	long countMemberships(UserId user);

	void changeRole(OrganizationId organization, UserId user, MemberRole role);

	void removeMember(OrganizationId organization, UserId user);

}
