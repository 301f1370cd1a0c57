package org.guichet.organization;

/**
 * An organization in a list to choose from.
 *
 * @param id its id
 * @param name its name
 * @param customerCode its customer code
 */
public record OrganizationChoice(OrganizationId id, String name, String customerCode) {

}
