package org.guichet.ticket;

import java.util.List;

/**
 * A page of a desk search.
 *
 * @param rows its tickets
 * @param next the cursor of the next page, or {@code null} on the last
 */
public record DeskPage(List<DeskRow> rows, String next) {

	public DeskPage {
		rows = List.copyOf(rows);
	}

}
