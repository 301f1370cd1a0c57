package org.guichet.organization;

/**
 * What identifies an organization, edited by staff only.
 *
 * @param name the usual name
 * @param legalName the registered name ("raison sociale"), if it differs
 * @param kind the kind of customer
 * @param customerCode the provider's unique code for it
 * @param siret its establishment number, if it has one
 * @param active whether its members may use the portal
 */
public record OrganizationIdentity(String name, String legalName, OrganizationKind kind, String customerCode,
		Siret siret, boolean active) {

}
