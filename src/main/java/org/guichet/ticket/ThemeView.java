package org.guichet.ticket;

import java.util.UUID;

/**
 * One theme of a request type: a thème (depth 1), a sous-thème (2) or a précision (3).
 *
 * @param id its id
 * @param parentId the theme it refines, or {@code null} at depth 1
 * @param name its name
 * @param depth 1, 2 or 3
 * @param path its name after its parents', e.g. "Paie › Bulletins › Calcul"; the subject
 * of a new request is prefilled with it
 * @param active whether new requests may choose it
 */
public record ThemeView(UUID id, UUID parentId, String name, int depth, String path, boolean active) {

}
