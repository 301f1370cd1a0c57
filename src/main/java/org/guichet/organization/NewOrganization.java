package org.guichet.organization;

/**
 * @param name the usual name
 * @param kind the kind of customer
 * @param customerCode the unique customer code
 */
public record NewOrganization(String name, OrganizationKind kind, String customerCode) {

}
