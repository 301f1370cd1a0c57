package org.guichet.organization;

/**
 * One organization a user belongs to, with their role in it.
 *
 * @param organizationId the organization
 * @param organizationName its name
 * @param kind its kind
 * @param customerCode its customer code
 * @param role the user's role there
 */
public record MembershipView(OrganizationId organizationId, String organizationName, OrganizationKind kind,
		String customerCode, MemberRole role) {

}
