package org.guichet.ticket.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.guichet.shared.TypedText;
import org.guichet.account.UserId;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.SqlLike;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.Channel;
import org.guichet.ticket.DeadlineStatus;
import org.guichet.ticket.DeskOverview;
import org.guichet.ticket.DeskPage;
import org.guichet.ticket.DeskQuery;
import org.guichet.ticket.DeskRow;
import org.guichet.ticket.DeskUser;
import org.guichet.ticket.LinkedTicket;
import org.guichet.ticket.Priority;
import org.guichet.ticket.TicketLock;
import org.guichet.ticket.TicketState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The desk's reads. Each query carries the reader's categories in its {@code where}: a
 * ticket of a category they have no right on is never read, whatever the criteria.
 */
@Component
class DeskQueries {

	/**
	 * The names around a ticket are read by scalar subqueries, not joins: with seven
	 * joins PostgreSQL spent 12 to 21 ms planning each list of the desk at a million
	 * tickets, longer than running it.
	 */
	private static final String ROW_COLUMNS = """
			t.ticket_id, t.number, t.subject, t.state, t.priority, t.channel, o.name as organization_name,
			o.customer_code, u.display_name as requester_name,
			(select b.display_name from users b where b.user_id = t.beneficiary_id) as beneficiary_name,
			(select cat.name from categories cat where cat.category_id = t.category_id) as category_name,
			(select rt.name from request_types rt where rt.request_type_id = t.request_type_id) as request_type_name,
			(select a.display_name from users a where a.user_id = t.assigned_agent_id) as agent_name,
			(select l.display_name from users l where l.user_id = t.last_agent_id) as last_agent_name,
			t.created_at, t.updated_at, t.sla_status, t.sla_due_at
			""";

	private static final String ROW_JOINS = """
			from tickets t
			join organizations o on o.organization_id = t.organization_id
			join users u on u.user_id = t.requester_id
			""";

	/**
	 * How many of the newest matches of a text are ranked by relevance: ranking every
	 * match of a common word ("imprimante") read a hundred thousand search documents at a
	 * million tickets (1 to 2 s).
	 */
	static final int RANKED_MATCHES = 300;

	static final int SHORT_LIST = 5;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	DeskQueries(JdbcClient jdbc, GuichetProperties properties) {
		this.jdbc = jdbc;
		this.zone = properties.timeZone();
	}

	/**
	 * @return the SQL condition that keeps the reader's tickets, its parameter added
	 */
	private static String scope(DeskUser user, Map<String, Object> params) {
		if (user.administrator()) {
			return "true";
		}
		params.put("me", user.id().value());
		return "t.category_id in (select r.category_id from category_rights r where r.user_id = :me)";
	}

	DeskOverview overview(DeskUser user) {
		Map<String, Object> params = new HashMap<>();
		String scope = scope(user, params);
		params.put("agent", user.id().value());
		String unassignedNew = " where " + scope + " and t.state = 'NEW' and t.assigned_agent_id is null";
		String mine = " where t.assigned_agent_id = :agent and t.state in ('NEW', 'IN_PROGRESS', "
				+ "'WAITING_FOR_REQUESTER', 'RESOLVED') and " + scope;
		String waiting = " where " + scope + " and t.state = 'WAITING_FOR_REQUESTER'";
		// Both read the index of open urgent and late tickets only.
		String open = " and t.state not in ('CLOSED', 'CANCELLED') and " + scope;
		return new DeskOverview(count(unassignedNew, params), count(mine, params), count(waiting, params),
				count(" where t.sla_status = 'URGENT'" + open, params),
				count(" where t.sla_status = 'LATE'" + open, params),
				rows(unassignedNew + " order by t.created_at, t.ticket_id", params),
				rows(mine + " order by t.updated_at, t.ticket_id", params),
				rows(waiting + " order by t.updated_at, t.ticket_id", params),
				rows(" where t.last_agent_id = :agent and " + scope + " order by t.updated_at desc, t.ticket_id",
						params),
				lastClosed(user, params));
	}

	/**
	 * The last closed tickets: for an agent, the last few of each of their categories
	 * (one short index walk each), then the last of those, rather than every closed
	 * ticket of their categories sorted.
	 */
	private List<DeskRow> lastClosed(DeskUser user, Map<String, Object> params) {
		if (user.administrator()) {
			return rows(" where t.state = 'CLOSED' order by t.closed_at desc, t.ticket_id", params);
		}
		String perCategory = "from (select x.* from category_rights r cross join lateral (select * from tickets x"
				+ " where x.category_id = r.category_id and x.state = 'CLOSED' and x.closed_at is not null"
				+ " order by x.closed_at desc, x.ticket_id limit " + SHORT_LIST + ") x where r.user_id = :me) t";
		return this.jdbc
			.sql("select " + ROW_COLUMNS + ROW_JOINS.replaceFirst("from tickets t", perCategory)
					+ " order by t.closed_at desc, t.ticket_id limit " + SHORT_LIST)
			.params(params)
			.query((row, index) -> row(row))
			.list();
	}

	private long count(String where, Map<String, Object> params) {
		return this.jdbc.sql("select count(*) from tickets t" + where).params(params).query(Long.class).single();
	}

	private List<DeskRow> rows(String whereAndOrder, Map<String, Object> params) {
		return this.jdbc.sql("select " + ROW_COLUMNS + ROW_JOINS + whereAndOrder + " limit " + SHORT_LIST)
			.params(params)
			.query((row, index) -> row(row))
			.list();
	}

	DeskPage search(DeskUser user, DeskQuery query) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = select(user, query, params);
		String column = column(query.sort());
		String direction = query.ascending() ? "asc" : "desc";
		if (query.after() != null && !query.after().isBlank()) {
			Cursor cursor = Cursor.parse(query.after());
			if (cursor.sort() != query.sort()) {
				throw new IllegalArgumentException("A cursor of another order: " + query.after());
			}
			sql.append(" and (")
				.append(column)
				.append(", t.ticket_id) ")
				.append(query.ascending() ? ">" : "<")
				.append(" (cast(:after as ")
				.append(type(query.sort()))
				.append("), :afterId)");
			params.put("after", cursor.value());
			params.put("afterId", cursor.id());
		}
		sql.append(" order by ")
			.append(column)
			.append(' ')
			.append(direction)
			.append(", t.ticket_id ")
			.append(direction)
			.append(" limit ")
			.append(query.size() + 1);
		List<Keyed> keyed = this.jdbc.sql(sql.toString())
			.params(params)
			.query((row, index) -> new Keyed(row(row), row.getObject("ticket_id", UUID.class), sortKey(row, query)))
			.list();
		String next = null;
		if (keyed.size() > query.size()) {
			keyed = keyed.subList(0, query.size());
			Keyed last = keyed.get(keyed.size() - 1);
			next = new Cursor(query.sort(), last.sortKey(), last.id()).toString();
		}
		return new DeskPage(keyed.stream().map(Keyed::row).toList(), next);
	}

	void export(DeskUser user, DeskQuery query, int limit, Consumer<DeskRow> consumer) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = select(user, query, params);
		String direction = query.ascending() ? "asc" : "desc";
		sql.append(" order by ")
			.append(column(query.sort()))
			.append(' ')
			.append(direction)
			.append(", t.ticket_id ")
			.append(direction)
			.append(" limit ")
			.append(limit);
		try (var rows = this.jdbc.sql(sql.toString()).params(params).query((row, index) -> row(row)).stream()) {
			rows.forEach(consumer);
		}
	}

	/**
	 * @return the query's {@code select} and {@code where}, without order
	 */
	private StringBuilder select(DeskUser user, DeskQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where ").append(scope(user, params));
		String joins = ROW_JOINS;
		if (!query.text().isEmpty()) {
			joins += " join ticket_search s on s.ticket_id = t.ticket_id";
			where.append(" and s.document @@ websearch_to_tsquery('french_unaccent', :text)");
			params.put("text", TypedText.clean(query.text()));
		}
		filters(where, params, query);
		StringBuilder sql = new StringBuilder("select ").append(ROW_COLUMNS).append(", ").append(column(query.sort()));
		sql.append(" as sort_key ");
		if (query.sort() == DeskQuery.Sort.RELEVANCE && !query.text().isEmpty()) {
			// only the newest matches that pass every filter are ranked
			return sql
				.append(ROW_JOINS.replaceFirst("from tickets t",
						"from (select t.* " + joins + where + " order by t.created_at desc, t.ticket_id desc limit "
								+ RANKED_MATCHES + ") t"))
				.append(" join ticket_search s on s.ticket_id = t.ticket_id where true");
		}
		return sql.append(joins).append(where);
	}

	private void filters(StringBuilder sql, Map<String, Object> params, DeskQuery query) {
		like(sql, params, "requester",
				"(u.display_name ilike :requester escape '\\' or u.email ilike :requester" + " escape '\\')",
				query.requester());
		like(sql, params, "beneficiary", "exists (select 1 from users b where b.user_id = t.beneficiary_id"
				+ " and b.display_name ilike :beneficiary escape '\\')", query.beneficiary());
		like(sql, params, "number", "t.number ilike :number escape '\\'", query.number());
		like(sql, params, "organization",
				"(o.customer_code ilike :organization escape '\\' or o.name ilike :organization escape '\\')",
				query.organization());
		if (query.from() != null) {
			sql.append(" and t.created_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(this.zone).toInstant()));
		}
		if (query.to() != null) {
			sql.append(" and t.created_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(this.zone).toInstant()));
		}
		equal(sql, params, "t.category_id", "category", query.categoryId());
		equal(sql, params, "t.request_type_id", "requestType", query.requestTypeId());
		equal(sql, params, "t.state", "state", (query.state() != null) ? query.state().name() : null);
		equal(sql, params, "t.priority", "priority", (query.priority() != null) ? query.priority().name() : null);
		equal(sql, params, "t.assigned_agent_id", "agent", query.agentId());
		equal(sql, params, "t.last_agent_id", "lastAgent", query.lastAgentId());
		equal(sql, params, "t.channel", "channel", (query.channel() != null) ? query.channel().name() : null);
		if (query.deadline() != null) {
			equal(sql, params, "t.sla_status", "deadline", query.deadline().name());
			if (query.deadline() != DeadlineStatus.ON_TIME) {
				sql.append(" and t.state not in ('CLOSED', 'CANCELLED')");
			}
		}
	}

	private static void like(StringBuilder sql, Map<String, Object> params, String name, String condition,
			String value) {
		if (!value.isEmpty()) {
			sql.append(" and ").append(condition);
			params.put(name, SqlLike.containing(TypedText.clean(value)));
		}
	}

	private static void equal(StringBuilder sql, Map<String, Object> params, String column, String name, Object value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = :").append(name);
			params.put(name, value);
		}
	}

	private static String column(DeskQuery.Sort sort) {
		return switch (sort) {
			case RELEVANCE -> "ts_rank(s.document, websearch_to_tsquery('french_unaccent', :text))";
			case CREATED -> "t.created_at";
			case UPDATED -> "t.updated_at";
			case NUMBER -> "t.number";
			case SUBJECT -> "lower(t.subject)";
			case ORGANIZATION -> "lower(o.name)";
			case REQUESTER -> "lower(u.display_name)";
			case STATE -> "t.state";
			case PRIORITY -> "case t.priority when 'LOW' then 0 when 'NORMAL' then 1 when 'HIGH' then 2 else 3 end";
			case CATEGORY ->
				"lower(coalesce((select cat.name from categories cat where cat.category_id = t.category_id), ''))";
			case AGENT ->
				"lower(coalesce((select a.display_name from users a where a.user_id = t.assigned_agent_id), ''))";
		};
	}

	private static String type(DeskQuery.Sort sort) {
		return switch (sort) {
			case RELEVANCE -> "real";
			case CREATED, UPDATED -> "timestamptz";
			case PRIORITY -> "int";
			default -> "text";
		};
	}

	private static String sortKey(ResultSet row, DeskQuery query) throws SQLException {
		return switch (query.sort()) {
			case CREATED, UPDATED -> row.getTimestamp("sort_key").toInstant().toString();
			case RELEVANCE -> Float.toString(row.getFloat("sort_key"));
			default -> row.getString("sort_key");
		};
	}

	static DeskRow row(ResultSet row) throws SQLException {
		return new DeskRow(row.getString("number"), row.getString("subject"),
				TicketState.valueOf(row.getString("state")), Priority.valueOf(row.getString("priority")),
				Channel.valueOf(row.getString("channel")), row.getString("organization_name"),
				row.getString("customer_code"), row.getString("requester_name"), row.getString("beneficiary_name"),
				row.getString("category_name"), row.getString("request_type_name"), row.getString("agent_name"),
				row.getString("last_agent_name"), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant(),
				(row.getString("sla_status") != null) ? DeadlineStatus.valueOf(row.getString("sla_status")) : null,
				(row.getTimestamp("sla_due_at") != null) ? row.getTimestamp("sla_due_at").toInstant() : null);
	}

	/**
	 * @return the other tickets of the ticket's requester that the reader may see
	 */
	List<DeskRow> othersOfRequester(DeskUser user, String number, int limit) {
		Map<String, Object> params = new HashMap<>();
		String scope = scope(user, params);
		params.put("number", number);
		return this.jdbc
			.sql("select " + ROW_COLUMNS + ROW_JOINS + " where " + scope
					+ " and t.requester_id = (select requester_id from tickets where number = :number)"
					+ " and t.number <> :number order by t.created_at desc, t.ticket_id limit " + limit)
			.params(params)
			.query((row, index) -> row(row))
			.list();
	}

	/**
	 * @return the reader's right on the ticket, or empty when they may not see it
	 */
	Optional<CategoryAccess> access(DeskUser user, String number) {
		if (user.administrator()) {
			return this.jdbc.sql("select count(*) from tickets where number = ?")
				.param(number)
				.query(Long.class)
				.optional()
				.filter((n) -> n > 0)
				.map((n) -> CategoryAccess.MANAGE);
		}
		return this.jdbc.sql("""
				select r.access from tickets t
				join category_rights r on r.category_id = t.category_id and r.user_id = ?
				where t.number = ?
				""").params(user.id().value(), number).query(String.class).optional().map(CategoryAccess::valueOf);
	}

	/**
	 * @return whether the staff member may handle tickets of the category
	 */
	boolean mayHandle(UserId staff, UUID categoryId) {
		return this.jdbc.sql("""
				select exists (select 1 from users u where u.user_id = :user and u.staff_role is not null
				  and (u.staff_role = 'ADMINISTRATOR' or exists (select 1 from category_rights r
				    where r.user_id = u.user_id and r.category_id = :category and r.access in ('WRITE', 'MANAGE'))))
				""").param("user", staff.value()).param("category", categoryId).query(Boolean.class).single();
	}

	Optional<TicketLock> lock(UUID ticketId, Instant now) {
		return this.jdbc.sql("""
				select k.holder_id, u.display_name, k.taken_at, k.expires_at from ticket_locks k
				join users u on u.user_id = k.holder_id
				where k.ticket_id = ? and k.expires_at > ?
				""")
			.params(ticketId, Timestamp.from(now))
			.query((row, index) -> new TicketLock(new UserId(row.getObject("holder_id", UUID.class)),
					row.getString("display_name"), row.getTimestamp("taken_at").toInstant(),
					row.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	/**
	 * @return the name of who wrote last on the ticket (a message, a note or a change),
	 * or {@code null}
	 */
	String lastActorName(UUID ticketId) {
		return this.jdbc.sql("""
				select u.display_name from ticket_articles a join users u on u.user_id = a.author_id
				where a.ticket_id = ? order by a.position desc limit 1
				""").param(ticketId).query(String.class).optional().orElse(null);
	}

	/**
	 * @return the tickets linked with the ticket, either way, that the reader may see
	 */
	List<LinkedTicket> links(DeskUser user, UUID ticketId) {
		Map<String, Object> params = new HashMap<>();
		String scope = scope(user, params);
		params.put("ticket", ticketId);
		return this.jdbc
			.sql("select t.number, t.subject, t.state, k.kind, k.ticket_id = t.ticket_id as merged_here"
					+ " from ticket_links k join tickets t on t.ticket_id = case when k.ticket_id = :ticket"
					+ " then k.linked_id else k.ticket_id end"
					+ " where (k.ticket_id = :ticket or k.linked_id = :ticket) and " + scope + " order by t.number")
			.params(params)
			.query((row, index) -> new LinkedTicket(row.getString("number"), row.getString("subject"),
					TicketState.valueOf(row.getString("state")), "MERGED".equals(row.getString("kind")),
					row.getBoolean("merged_here")))
			.list();
	}

	private record Keyed(DeskRow row, UUID id, String sortKey) {
	}

	/**
	 * Where a page ended: the order, the id of its last ticket and the sort column's
	 * value (last, as a subject may hold a line break), written in links as URL-safe
	 * Base64.
	 */
	record Cursor(DeskQuery.Sort sort, String value, UUID id) {

		static Cursor parse(String text) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", 3);
				Cursor cursor = new Cursor(DeskQuery.Sort.valueOf(parts[0]), parts[2], UUID.fromString(parts[1]));
				switch (cursor.sort()) {
					case CREATED, UPDATED -> Instant.parse(cursor.value());
					case RELEVANCE -> Float.parseFloat(cursor.value());
					case PRIORITY -> Integer.parseInt(cursor.value());
					default -> {
					}
				}
				return cursor;
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("Not a page cursor: " + text, ex);
			}
		}

		@Override
		public String toString() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.sort + "\n" + this.id + "\n" + this.value).getBytes(StandardCharsets.UTF_8));
		}

	}

}
