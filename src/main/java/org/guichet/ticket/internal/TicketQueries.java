package org.guichet.ticket.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.shared.TypedText;
import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.SqlLike;
import org.guichet.ticket.Channel;
import org.guichet.ticket.Impact;
import org.guichet.ticket.MonthCount;
import org.guichet.ticket.Priority;
import org.guichet.ticket.TicketCard;
import org.guichet.ticket.TicketEvents.Closure;
import org.guichet.ticket.TicketFilter;
import org.guichet.ticket.TicketPage;
import org.guichet.ticket.TicketRow;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.Urgency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal reads about an organization's tickets: its lists (keyset pages on an
 * index of the organization and the sort column), a ticket's header, the dashboard's
 * counts. Each query is bounded by one organization.
 */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

	/** Closed or cancelled longer ago than this, a ticket is in the archives. */
	static final int ARCHIVE_MONTHS = 3;

	/**
	 * Names are read by scalar subqueries rather than joins, which PostgreSQL plans in no
	 * time (as the desk's lists, see DeskQueries).
	 */
	private static final String ROW_COLUMNS = """
			t.ticket_id, t.number, t.subject, t.state, t.priority,
			(select p.name from products p where p.product_id = t.product_id) as product_name,
			(select c.number from contracts c where c.contract_id = t.contract_id) as contract_number,
			u.display_name as requester_name,
			(select a.display_name from users a where a.user_id = t.assigned_agent_id) as agent_name,
			t.created_at, t.updated_at
			""";

	private static final String ROW_JOINS = """
			from tickets t
			join users u on u.user_id = t.requester_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	TicketQueries(JdbcClient jdbc, Clock clock, GuichetProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = properties.timeZone();
	}

	/**
	 * @return a page of the organization's tickets
	 * @throws IllegalArgumentException when the filter's cursor is not one this list gave
	 */
	public TicketPage list(OrganizationId organization, TicketFilter filter) {
		String column = column(filter.sort());
		StringBuilder sql = new StringBuilder("select ").append(ROW_COLUMNS)
			.append(", ")
			.append(column)
			.append(" as sort_key ")
			.append(ROW_JOINS);
		sql.append(" where t.organization_id = :organization");
		Map<String, Object> params = new HashMap<>();
		params.put("organization", organization.value());
		if (filter.state() != null) {
			sql.append(" and t.state = :state");
			params.put("state", filter.state().name());
		}
		if (!filter.closed()) {
			sql.append(" and t.state not in ('CLOSED', 'CANCELLED')");
		}
		else if (!filter.archives()) {
			sql.append(" and (t.state not in ('CLOSED', 'CANCELLED') or t.closed_at >= :archived)");
			params.put("archived", Timestamp.from(archiveLimit()));
		}
		String text = TypedText.clean(filter.text()).strip();
		if (!text.isEmpty()) {
			sql.append(" and (t.number ilike :text escape '\\' or t.subject ilike :text escape '\\'"
					+ " or exists (select 1 from ticket_articles ar where ar.ticket_id = t.ticket_id"
					+ " and ar.kind = 'PUBLIC' and ar.plain_text ilike :text escape '\\'))");
			params.put("text", SqlLike.containing(text));
		}
		String direction = filter.ascending() ? "asc" : "desc";
		if (filter.after() != null && !filter.after().isBlank()) {
			Cursor cursor = Cursor.parse(filter.after());
			if (cursor.sort() != filter.sort()) {
				throw new IllegalArgumentException("A cursor of another order: " + filter.after());
			}
			sql.append(" and (")
				.append(column)
				.append(", t.ticket_id) ")
				.append(filter.ascending() ? ">" : "<")
				.append(" (:after, :afterId)");
			params.put("after", cursor.key());
			params.put("afterId", cursor.id());
		}
		sql.append(" order by ")
			.append(column)
			.append(' ')
			.append(direction)
			.append(", t.ticket_id ")
			.append(direction)
			.append(" limit ")
			.append(filter.size() + 1);
		List<Keyed> keyed = this.jdbc.sql(sql.toString())
			.params(params)
			.query((row, index) -> new Keyed(row(row), (UUID) row.getObject("ticket_id"),
					isTime(filter.sort()) ? row.getTimestamp("sort_key").toInstant().toString()
							: row.getString("sort_key")))
			.list();
		String next = null;
		if (keyed.size() > filter.size()) {
			keyed = keyed.subList(0, filter.size());
			Keyed last = keyed.get(keyed.size() - 1);
			next = new Cursor(filter.sort(), last.sortKey(), last.id()).toString();
		}
		return new TicketPage(keyed.stream().map(Keyed::row).toList(), next);
	}

	private Instant archiveLimit() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone)
			.minusMonths(ARCHIVE_MONTHS)
			.atStartOfDay(this.zone)
			.toInstant();
	}

	private static String column(TicketFilter.Sort sort) {
		return switch (sort) {
			case CREATED -> "t.created_at";
			case UPDATED -> "t.updated_at";
			case NUMBER -> "t.number";
			case SUBJECT -> "lower(t.subject)";
			case STATE -> "t.state";
		};
	}

	private static boolean isTime(TicketFilter.Sort sort) {
		return sort == TicketFilter.Sort.CREATED || sort == TicketFilter.Sort.UPDATED;
	}

	private static TicketRow row(ResultSet row) throws SQLException {
		return new TicketRow(row.getString("number"), row.getString("subject"),
				TicketState.valueOf(row.getString("state")), Priority.valueOf(row.getString("priority")),
				row.getString("product_name"), row.getString("contract_number"), row.getString("requester_name"),
				row.getString("agent_name"), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}

	/**
	 * @return the ticket's header, if it is the organization's
	 */
	public Optional<TicketCard> card(String number, OrganizationId organization) {
		return cardOf(number, organization.value());
	}

	/**
	 * @return the ticket's header, whoever's it is (for staff)
	 */
	public Optional<TicketCard> card(String number) {
		return cardOf(number, null);
	}

	/**
	 * @param organization the only organization whose ticket it may be, or {@code null}
	 */
	private Optional<TicketCard> cardOf(String number, UUID organization) {
		return this.jdbc.sql("""
				select t.number, t.organization_id, t.subject, t.state, t.priority, t.impact, t.urgency,
				  rt.name as request_type_name, t.theme_path, cat.name as category, p.name as product_name,
				  c.number as contract_number, t.requester_id, u.display_name as requester_name,
				  u.email as requester_email,
				  (u.state <> 'ACTIVE' or not exists (select 1 from memberships m
				    where m.organization_id = t.organization_id and m.user_id = t.requester_id)) as owner_gone,
				  b.display_name as beneficiary_name, a.display_name as agent_name, t.phone, t.availability,
				  t.location, t.channel, t.created_at, t.closed_at, t.closure, t.reason,
				  case when t.sla_due_visible then t.sla_due_at end as due_at
				from tickets t
				join users u on u.user_id = t.requester_id
				left join users b on b.user_id = t.beneficiary_id
				left join users a on a.user_id = t.assigned_agent_id
				left join products p on p.product_id = t.product_id
				left join contracts c on c.contract_id = t.contract_id
				left join request_types rt on rt.request_type_id = t.request_type_id
				left join categories cat on cat.category_id = t.category_id
				where t.number = :number and (cast(:organization as uuid) is null or t.organization_id = :organization)
				""").param("number", number).param("organization", organization).query((row, index) -> {
			Timestamp closedAt = row.getTimestamp("closed_at");
			String closure = row.getString("closure");
			return new TicketCard(row.getString("number"), new OrganizationId((UUID) row.getObject("organization_id")),
					row.getString("subject"), TicketState.valueOf(row.getString("state")),
					Priority.valueOf(row.getString("priority")), Impact.valueOf(row.getString("impact")),
					Urgency.valueOf(row.getString("urgency")), row.getString("request_type_name"),
					row.getString("theme_path"), row.getString("category"), row.getString("product_name"),
					row.getString("contract_number"), new UserId((UUID) row.getObject("requester_id")),
					row.getString("requester_name"), row.getString("requester_email"), row.getBoolean("owner_gone"),
					row.getString("beneficiary_name"), row.getString("agent_name"), row.getString("phone"),
					row.getString("availability"), row.getString("location"), Channel.valueOf(row.getString("channel")),
					row.getTimestamp("created_at").toInstant(), (closedAt != null) ? closedAt.toInstant() : null,
					(closure != null) ? Closure.valueOf(closure) : null, row.getString("reason"),
					(row.getTimestamp("due_at") != null) ? row.getTimestamp("due_at").toInstant() : null);
		}).optional();
	}

	/**
	 * @return how many of the organization's tickets are in each state, every state
	 * present
	 */
	public Map<TicketState, Long> countsByState(OrganizationId organization) {
		Map<TicketState, Long> counts = new EnumMap<>(TicketState.class);
		for (TicketState state : TicketState.values()) {
			counts.put(state, 0L);
		}
		this.jdbc.sql("select state, count(*) as n from tickets where organization_id = ? group by state")
			.param(organization.value())
			.query((row) -> {
				counts.put(TicketState.valueOf(row.getString("state")), row.getLong("n"));
			});
		return counts;
	}

	/**
	 * @return how many tickets the organization opened in each of the last twelve months,
	 * this one included, oldest first
	 */
	public List<MonthCount> openedPerMonth(OrganizationId organization) {
		YearMonth current = YearMonth.from(LocalDate.ofInstant(this.clock.instant(), this.zone));
		YearMonth first = current.minusMonths(11);
		Instant from = first.atDay(1).atStartOfDay(this.zone).toInstant();
		Map<YearMonth, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select to_char(created_at at time zone ?, 'YYYY-MM') as month, count(*) as n
				from tickets where organization_id = ? and created_at >= ?
				group by 1
				""").params(this.zone.getId(), organization.value(), Timestamp.from(from)).query((row) -> {
			counts.put(YearMonth.parse(row.getString("month")), row.getLong("n"));
		});
		List<MonthCount> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
			months.add(new MonthCount(month, counts.getOrDefault(month, 0L)));
		}
		return months;
	}

	private record Keyed(TicketRow row, UUID id, String sortKey) {
	}

	/**
	 * Where a page ended: the order, the id of its last ticket and the sort column's
	 * value as PostgreSQL computed it (last, as a subject may hold a line break), written
	 * in links as URL-safe Base64.
	 */
	record Cursor(TicketFilter.Sort sort, String value, UUID id) {

		static Cursor parse(String text) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", 3);
				Cursor cursor = new Cursor(TicketFilter.Sort.valueOf(parts[0]), parts[2], UUID.fromString(parts[1]));
				cursor.key();
				return cursor;
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("Not a page cursor: " + text, ex);
			}
		}

		/**
		 * @return the value to compare the sort column with
		 */
		Object key() {
			return isTime(this.sort) ? Timestamp.from(Instant.parse(this.value)) : this.value;
		}

		@Override
		public String toString() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.sort + "\n" + this.id + "\n" + this.value).getBytes(StandardCharsets.UTF_8));
		}

	}

	/**
	 * @return the id of the ticket with that number, if there is one
	 */
	public Optional<java.util.UUID> ticketId(String number) {
		return this.jdbc.sql("select ticket_id from tickets where number = :number")
			.param("number", number)
			.query(UUID.class)
			.optional();
	}

}
