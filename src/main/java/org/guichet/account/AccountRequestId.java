package org.guichet.account;

import java.util.UUID;

/**
 * Identifies a request for an account.
 *
 * @param value the database key
 */
public record AccountRequestId(UUID value) {

}
