package org.guichet.ticket;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What a staff member searches for in the desk. Blank criteria are ignored.
 *
 * @param text words searched in subjects, messages, notes and file names
 * @param requester part of the requester's name or address
 * @param beneficiary part of the beneficiary's name
 * @param number part of the ticket's number
 * @param organization part of the organization's or household's number or name
 * @param from filed on or after, or {@code null}
 * @param to filed on or before, or {@code null}
 * @param categoryId in this category, or {@code null}
 * @param requestTypeId of this type, or {@code null}
 * @param state in this state, or {@code null} for any
 * @param priority of this priority, or {@code null}
 * @param agentId assigned to this agent, or {@code null}
 * @param lastAgentId last acted on by this staff member, or {@code null}
 * @param channel come from there, or {@code null}
 * @param deadline urgent or late (or on time) by their service level, or {@code null}
 * @param sort the order
 * @param ascending whether smallest first
 * @param size how many per page, one of {@link #SIZES}
 * @param after the cursor of the page to show, or {@code null} for the first
 */
public record DeskQuery(String text, String requester, String beneficiary, String number, String organization,
		LocalDate from, LocalDate to, UUID categoryId, UUID requestTypeId, TicketState state, Priority priority,
		UUID agentId, UUID lastAgentId, Channel channel, DeadlineStatus deadline, Sort sort, boolean ascending,
		int size, String after) {

	public static final int[] SIZES = { 25, 50, 100, 200 };

	public DeskQuery {
		text = strip(text);
		requester = strip(requester);
		beneficiary = strip(beneficiary);
		number = strip(number);
		organization = strip(organization);
		if (sort == null) {
			sort = text.isEmpty() ? Sort.CREATED : Sort.RELEVANCE;
		}
		if (sort == Sort.RELEVANCE && text.isEmpty()) {
			sort = Sort.CREATED;
		}
		int asked = size;
		if (Arrays.stream(SIZES).noneMatch((allowed) -> allowed == asked)) {
			size = SIZES[0];
		}
	}

	/**
	 * @return no criteria: every ticket the reader may see, newest first
	 */
	public static DeskQuery everything() {
		return new DeskQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, false, SIZES[0], null);
	}

	/**
	 * @return the same search, from its first page
	 */
	public DeskQuery firstPage() {
		return new DeskQuery(this.text, this.requester, this.beneficiary, this.number, this.organization, this.from,
				this.to, this.categoryId, this.requestTypeId, this.state, this.priority, this.agentId, this.lastAgentId,
				this.channel, this.deadline, this.sort, this.ascending, this.size, null);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	/**
	 * The orders of the result; relevance only when words are searched.
	 */
	public enum Sort {

		RELEVANCE, CREATED, UPDATED, NUMBER, SUBJECT, ORGANIZATION, REQUESTER, STATE, PRIORITY, CATEGORY, AGENT;

		/**
		 * @return the order with that name, case ignored, or empty
		 */
		public static Optional<Sort> of(String name) {
			try {
				return Optional.ofNullable(name)
					.filter((given) -> !given.isBlank())
					.map((given) -> valueOf(given.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

	}

}
