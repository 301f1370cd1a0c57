package org.guichet.desk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.guichet.ticket.Channel;
import org.guichet.ticket.DeadlineStatus;
import org.guichet.ticket.DeskQuery;
import org.guichet.ticket.Priority;
import org.guichet.ticket.TicketState;

import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The desk's search as typed in the address: text, so that a wrong date comes back next
 * to its field instead of failing the page. Unknown values of the lists are ignored, as a
 * list cannot send them.
 */
public record DeskSearchForm(String text, String requester, String beneficiary, String number, String organization,
		String from, String to, String category, String requestType, String state, String priority, String agent,
		String lastAgent, String channel, String deadline, String sort, String dir, String size, String after) {

	/**
	 * @return the query, the date fields that cannot be read rejected in {@code errors}
	 */
	DeskQuery toQuery(Errors errors) {
		LocalDate fromDate = date("from", this.from, errors);
		LocalDate toDate = date("to", this.to, errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.rejectValue("to", "desk.search.error.range");
			toDate = null;
		}
		int pageSize = 0;
		try {
			pageSize = (this.size != null) ? Integer.parseInt(this.size.strip()) : 0;
		}
		catch (NumberFormatException ex) {
			// the query takes its default size
		}
		return new DeskQuery(this.text, this.requester, this.beneficiary, this.number, this.organization, fromDate,
				toDate, uuid(this.category), uuid(this.requestType), value(this.state, TicketState::valueOf),
				value(this.priority, Priority::valueOf), uuid(this.agent), uuid(this.lastAgent),
				value(this.channel, Channel::valueOf), value(this.deadline, DeadlineStatus::valueOf),
				DeskQuery.Sort.of(this.sort).orElse(null), "asc".equals(this.dir), pageSize, this.after);
	}

	/**
	 * @return the address of this search with one parameter changed (another order, the
	 * next page), the page cursor dropped unless it is the one changed
	 */
	public String with(String name, String value) {
		return link("/desk/tickets", Map.of(name, (value != null) ? value : ""));
	}

	/**
	 * @return the address of this search sorted by the column: the other direction when
	 * it is sorted by it already, else smallest first but for dates and priority
	 */
	public String sortedBy(String column, DeskQuery query) {
		boolean ascending = (query.sort().name().equals(column)) ? !query.ascending()
				: !List.of("CREATED", "UPDATED", "PRIORITY", "RELEVANCE").contains(column);
		return link("/desk/tickets",
				Map.of("sort", column.toLowerCase(Locale.ROOT), "dir", ascending ? "asc" : "desc", "after", ""));
	}

	/**
	 * @return the address of this search's CSV export
	 */
	public String export() {
		return link("/desk/tickets/export.csv", Map.of("after", ""));
	}

	private String link(String path, Map<String, String> changed) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		add(uri, "text", this.text, changed);
		add(uri, "requester", this.requester, changed);
		add(uri, "beneficiary", this.beneficiary, changed);
		add(uri, "number", this.number, changed);
		add(uri, "organization", this.organization, changed);
		add(uri, "from", this.from, changed);
		add(uri, "to", this.to, changed);
		add(uri, "category", this.category, changed);
		add(uri, "requestType", this.requestType, changed);
		add(uri, "state", this.state, changed);
		add(uri, "priority", this.priority, changed);
		add(uri, "agent", this.agent, changed);
		add(uri, "lastAgent", this.lastAgent, changed);
		add(uri, "channel", this.channel, changed);
		add(uri, "deadline", this.deadline, changed);
		add(uri, "sort", this.sort, changed);
		add(uri, "dir", this.dir, changed);
		add(uri, "size", this.size, changed);
		add(uri, "after", null, changed);
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String parameter, String current, Map<String, String> changed) {
		String chosen = changed.getOrDefault(parameter, current);
		if (chosen != null && !chosen.isBlank()) {
			uri.queryParam(parameter, chosen);
		}
	}

	private static LocalDate date(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "desk.search.error.date");
			return null;
		}
	}

	private static UUID uuid(String value) {
		try {
			return (value != null && !value.isBlank()) ? UUID.fromString(value.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <E> E value(String value, Function<String, E> parse) {
		try {
			return (value != null && !value.isBlank()) ? parse.apply(value.strip().toUpperCase(Locale.ROOT)) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
