package org.guichet.ticket;

import java.util.UUID;

/**
 * A desk category: a group of staff and the request types they handle.
 *
 * @param id its id
 * @param name its name, unique (case ignored)
 * @param description what it handles, or {@code null}
 * @param active whether request types and tickets may still be given to it
 * @param version the version the reader saw, to detect a change made meanwhile
 */
public record CategoryView(UUID id, String name, String description, boolean active, long version) {

}
