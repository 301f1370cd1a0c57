package org.guichet.account;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a user; other modules refer to users by this id only.
 *
 * @param value the database key
 */
public record UserId(UUID value) implements Serializable {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
