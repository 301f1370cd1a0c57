package org.guichet.organization;

import java.util.List;
import java.util.Optional;

import org.guichet.account.UserId;

/**
 * The organization module's entry point for other modules.
 */
public interface Organizations {

	OrganizationId create(NewOrganization organization);

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
	 * @return the active organizations, by name
	 */
	List<OrganizationChoice> choices();

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
