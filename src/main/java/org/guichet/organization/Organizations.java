package org.guichet.organization;

import java.util.List;

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

}
