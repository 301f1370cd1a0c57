package org.guichet.shared.storage;

/**
 * A file in the store, named by its content.
 *
 * @param sha256 the SHA-256 of its content, in lower-case hexadecimal
 * @param size its size in bytes
 */
public record StoredFile(String sha256, long size) {

}
