package org.guichet.organization;

/**
 * How an organization is reached, edited by its administrators and by staff. Every field
 * is optional.
 *
 * @param street street and number
 * @param postcode postal code
 * @param city town
 * @param country ISO 3166 two-letter code
 * @param email the organization's address
 * @param phone its phone number
 * @param fax its fax number
 */
public record OrganizationContact(String street, String postcode, String city, String country, String email,
		String phone, String fax) {

	public static OrganizationContact none() {
		return new OrganizationContact(null, null, null, "FR", null, null, null);
	}

}
