package org.guichet.account;

/**
 * How a person prefers the provider's staff to reach them when they write to them about a
 * request ("contacter le demandeur").
 */
public enum ContactMedium {

	EMAIL, LETTER, SMS, PHONE

}
