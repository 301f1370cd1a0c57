package org.guichet.ticket;

import java.io.Serializable;
import java.util.UUID;

/**
 * Identifies a ticket inside Guichet; people see its {@link TicketNumber}.
 */
public record TicketId(UUID value) implements Serializable {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
