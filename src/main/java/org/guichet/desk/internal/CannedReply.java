package org.guichet.desk.internal;

import java.util.UUID;

/**
 * A canned reply ("réponse type") an agent inserts in a message.
 *
 * @param id its id
 * @param label what the list shows, unique (case ignored)
 * @param body its HTML, with variables
 * @param active whether agents may use it
 * @param version the version the reader saw
 */
public record CannedReply(UUID id, String label, String body, boolean active, long version) {

}
