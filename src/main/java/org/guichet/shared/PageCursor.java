package org.guichet.shared;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of a newest-first list ends: the time and id of its last row. The next
 * page starts strictly after it ({@code (time, id) < (:time, :id)} on an index of both),
 * so a page costs the same at any depth. Written in links as {@code <instant>_<uuid>}.
 *
 * @param time the last row's time
 * @param id the last row's id
 */
public record PageCursor(Instant time, UUID id) {

	/**
	 * @param value a cursor from a link, or {@code null} or blank for the first page
	 * @return the cursor, or empty for the first page
	 * @throws IllegalArgumentException when the value is not a cursor
	 */
	public static Optional<PageCursor> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String[] parts = value.split("_", 2);
		try {
			return Optional.of(new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a page cursor: " + value, ex);
		}
	}

	@Override
	public String toString() {
		return this.time + "_" + this.id;
	}

}
