package org.guichet.organization;

import java.util.UUID;

/**
 * A product the provider sells.
 *
 * @param id its id
 * @param code its short code, e.g. {@code WINPAIE}
 * @param name its name
 * @param family its family, e.g. "Logiciel"
 * @param active whether it is still offered
 */
public record ProductView(UUID id, String code, String name, String family, boolean active) {

}
