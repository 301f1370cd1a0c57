package org.guichet.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an organization's list of tickets shows: which tickets, in which order, how many
 * at a time, from where.
 *
 * @param text a number, or words of the subject or of a message; blank for all
 * @param state only tickets in that state, or {@code null}
 * @param closed whether closed and cancelled tickets are shown
 * @param archives whether tickets closed or cancelled more than three months ago are
 * shown
 * @param sort the column the list is sorted by
 * @param ascending whether the order is ascending
 * @param size 10, 25, 50 or 100
 * @param after where the previous page ended, or {@code null} for the first page
 */
public record TicketFilter(String text, TicketState state, boolean closed, boolean archives, Sort sort,
		boolean ascending, int size, String after) {

	public static final int[] SIZES = { 10, 25, 50, 100 };

	public TicketFilter {
		text = (text != null) ? text.strip() : "";
		sort = (sort != null) ? sort : Sort.CREATED;
		int asked = size;
		if (Arrays.stream(SIZES).noneMatch((allowed) -> allowed == asked)) {
			size = 25;
		}
		if (state == TicketState.CLOSED || state == TicketState.CANCELLED) {
			closed = true;
		}
		if (archives) {
			closed = true;
		}
	}

	/**
	 * The columns a list may be sorted by.
	 */
	public enum Sort {

		CREATED, UPDATED, NUMBER, SUBJECT, STATE;

		/**
		 * @return the column, or the default when the name is unknown
		 */
		public static Sort of(String name) {
			try {
				return Optional.ofNullable(name)
					.map((given) -> valueOf(given.toUpperCase(Locale.ROOT)))
					.orElse(CREATED);
			}
			catch (IllegalArgumentException ex) {
				return CREATED;
			}
		}

	}

}
