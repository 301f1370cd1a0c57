package org.guichet.organization;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an organization; other modules refer to organizations by this id only.
 *
 * @param value the database key
 */
public record OrganizationId(UUID value) implements Serializable {

	public OrganizationId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
