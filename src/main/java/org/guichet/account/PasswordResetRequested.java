package org.guichet.account;

import java.util.Locale;

/**
 * Somebody asked for a password-reset link for an address, which may or may not have an
 * account. Handled after the request has been answered, so that the answer takes the same
 * time either way.
 *
 * @param email the normalized address
 * @param language the language of the page the request came from
 */
public record PasswordResetRequested(String email, Locale language) {

}
