package org.guichet.organization.web;

import java.util.Optional;

/**
 * How the staff searches read their filters from the address.
 */
final class SearchFilters {

	private SearchFilters() {
	}

	/**
	 * @return empty for "", else true or false
	 * @throws IllegalArgumentException for anything else
	 */
	static Optional<Boolean> activeFilter(String value) {
		return switch (value) {
			case "" -> Optional.empty();
			case "true" -> Optional.of(true);
			case "false" -> Optional.of(false);
			default -> throw new IllegalArgumentException(value);
		};
	}

}
