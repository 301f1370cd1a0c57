package org.guichet.desk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
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
		Map<String, String> values = new HashMap<>();
		add(uri, values, "text", this.text, changed);
		add(uri, values, "requester", this.requester, changed);
		add(uri, values, "beneficiary", this.beneficiary, changed);
		add(uri, values, "number", this.number, changed);
		add(uri, values, "organization", this.organization, changed);
		add(uri, values, "from", this.from, changed);
		add(uri, values, "to", this.to, changed);
		add(uri, values, "category", this.category, changed);
		add(uri, values, "requestType", this.requestType, changed);
		add(uri, values, "state", this.state, changed);
		add(uri, values, "priority", this.priority, changed);
		add(uri, values, "agent", this.agent, changed);
		add(uri, values, "lastAgent", this.lastAgent, changed);
		add(uri, values, "channel", this.channel, changed);
		add(uri, values, "deadline", this.deadline, changed);
		add(uri, values, "sort", this.sort, changed);
		add(uri, values, "dir", this.dir, changed);
		add(uri, values, "size", this.size, changed);
		add(uri, values, "after", null, changed);
		// values expanded into templates are encoded whole: a '+' stays a plus sign
		return uri.encode().buildAndExpand(values).toUriString();
	}

	private static void add(UriComponentsBuilder uri, Map<String, String> values, String parameter, String current,
			Map<String, String> changed) {
		String chosen = changed.getOrDefault(parameter, current);
		if (chosen != null && !chosen.isBlank()) {
			uri.queryParam(parameter, "{" + parameter + "}");
			values.put(parameter, chosen);
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
