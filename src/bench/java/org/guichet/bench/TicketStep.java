package org.guichet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.guichet.bench.GeneratedTicket.Author;
import org.guichet.bench.GeneratedTicket.Entry;
import org.guichet.shared.RichText;
import org.guichet.ticket.PriorityMatrix;
import org.guichet.ticket.TicketState;

/**
 * The generator's ticket step ({@code --tickets N}): the {@link TicketReferenceData},
 * then N {@link GeneratedTicket tickets} with their articles, attachments (rows only: no
 * file is stored) and, for open ones, SLA clocks; the number counters past the generated
 * numbers; and the desk's search documents. Rows are copied with the triggers off (this
 * session only), and the search documents computed afterwards by one statement that does
 * what the triggers' function does.
 */
final class TicketStep {

	/**
	 * The big organization's customers, who file its {@link GeneratedTicket#BIG_TICKETS}.
	 */
	static final int BIG_CUSTOMERS = 10;

	/** Customers of other organizations, who file the simulations' new requests. */
	static final int FILERS = 10;

	/** The default numbering: prefix DI, numbers per year in the installation's zone. */
	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private final long seed;

	private final TicketReferenceData reference;

	TicketStep(long seed, String passwordHash) {
		this.seed = seed;
		this.reference = new TicketReferenceData(seed, passwordHash);
	}

	static String bigCustomerEmail(int n) {
		return "demandeur.grandcompte%02d@guichet.test".formatted(n);
	}

	static String filerEmail(int n) {
		return "demandeur.bench%02d@guichet.test".formatted(n);
	}

	/** An organization tickets are filed for: its active customers and its address. */
	private record Customer(UUID id, String location, UUID[] members) {
	}

	void fill(Connection connection, int count) throws SQLException, IOException {
		Instant start = Instant.now();
		Instant end = start.truncatedTo(ChronoUnit.MINUTES);
		try (Statement statement = connection.createStatement()) {
			// no trigger (search documents, foreign keys) while copying: this session
			// only
			statement.execute("set session_replication_role = replica");
		}
		UUID big = single(connection, "select organization_id from organizations where active and kind = 'COMPANY' "
				+ "order by customer_code offset 20 limit 1");
		List<UUID> filerOrganizations = ids(connection, "select organization_id from organizations where active and "
				+ "kind <> 'HOUSEHOLD' order by customer_code offset 30 limit " + FILERS);
		List<Customer> customers = customers(connection, big);
		List<UUID> agents = this.reference.agents(connection);
		this.reference.insert(connection, agents, big, filerOrganizations);
		GeneratedClock.Settings sla = GeneratedClock.Settings.read(connection);
		connection.commit();
		BenchDataGenerator.log("categories, request types, %d agents and %d customers in %s", agents.size() - 1,
				BIG_CUSTOMERS + FILERS, start);

		start = Instant.now();
		List<List<UUID>> writers = new ArrayList<>();
		for (int c = 0; c < TicketWords.CATEGORIES.size(); c++) {
			List<UUID> these = new ArrayList<>();
			for (int a = 0; a < agents.size(); a++) {
				if (TicketReferenceData.writes(a, c)) {
					these.add(agents.get(a));
				}
			}
			writers.add(these);
		}
		PriorityMatrix priorities = PriorityMatrix.standard();
		Map<Integer, Integer> years = new TreeMap<>();
		Map<TicketState, Integer> states = new EnumMap<>(TicketState.class);
		List<Object[]> clocks = new ArrayList<>();
		List<Object[]> clockEvents = new ArrayList<>();
		try (CopyRows rows = new CopyRows(connection, "tickets", "ticket_id", "number", "organization_id",
				"requester_id", "subject", "state", "impact", "urgency", "priority", "assigned_agent_id", "closure",
				"reason", "created_at", "updated_at", "resolved_at", "closed_at", "version", "request_type_id",
				"theme_id", "theme_path", "location", "channel", "category_id", "last_agent_id", "sla_status",
				"sla_due_at", "sla_due_visible", "mail_token")) {
			for (int k = 0; k < count; k++) {
				GeneratedTicket t = GeneratedTicket.of(this.seed, k, count, end);
				int year = t.createdAt().atZone(ZONE).getYear();
				int number = years.merge(year, 1, Integer::sum);
				states.merge(t.state(), 1, Integer::sum);
				Customer customer = customer(t, customers);
				UUID agent = agent(t, writers);
				String status = null;
				Instant due = null;
				boolean visible = false;
				if (t.state().isOpen()) {
					GeneratedClock clock = GeneratedClock.of(t, sla, end);
					status = clock.status().name();
					due = clock.dueAt();
					visible = sla.level().shownToRequester();
					keep(t, clock, sla, end, clocks, clockEvents);
				}
				int category = TicketWords.TYPES.get(t.type()).category();
				rows.row(t.id(), "DI-%d-%06d".formatted(year, number), customer.id(), requester(t, customer),
						t.subject(), t.state(), t.impact(), t.urgency(), priorities.priorityOf(t.impact(), t.urgency()),
						agent, t.closure(), t.reason(), t.createdAt(), t.updatedAt(), t.resolvedAt(), t.closedAt(), 0,
						TicketReferenceData.requestTypeId(this.seed, t.type()),
						TicketReferenceData.themeId(this.seed, t.type(), t.theme()),
						TicketWords.TYPES.get(t.type()).themes().get(t.theme()).name(), customer.location(),
						t.channel(), TicketReferenceData.categoryId(this.seed, category), agent, status, due, visible,
						t.mailToken());
			}
		}
		BenchDataGenerator.log("%,d tickets %s in %s", count, states, start);

		start = Instant.now();
		long[] written = articles(connection, count, end, customers, writers);
		try (CopyRows rows = new CopyRows(connection, "ticket_clocks", "ticket_id", "request_type_id", "measure",
				"target_minutes", "reminder_minutes", "first_response_minutes", "shown_to_requester", "state", "status",
				"due_at", "first_response_due_at", "first_response_at", "next_check_at", "reminder_sent_at",
				"breach_sent_at", "updated_at")) {
			clocks.forEach(rows::row);
		}
		try (CopyRows rows = new CopyRows(connection, "ticket_clock_events", "ticket_id", "kind", "at",
				"recorded_at")) {
			clockEvents.forEach(rows::row);
		}
		try (PreparedStatement counter = connection.prepareStatement("insert into ticket_number_counters "
				+ "(scope, last_value) values (?, ?) on conflict (scope) do update "
				+ "set last_value = greatest(ticket_number_counters.last_value, excluded.last_value)")) {
			for (Map.Entry<Integer, Integer> year : years.entrySet()) {
				counter.setString(1, "DI-" + year.getKey());
				counter.setLong(2, year.getValue());
				counter.executeUpdate();
			}
		}
		connection.commit();
		BenchDataGenerator.log("%,d articles, %,d attachments, %,d SLA clocks (%,d events) in %s", written[0],
				written[1], clocks.size(), clockEvents.size(), start);

		start = Instant.now();
		try (Statement statement = connection.createStatement()) {
			statement.execute(TicketSearchDocuments.SQL);
			statement.execute("set session_replication_role = origin");
		}
		connection.commit();
		BenchDataGenerator.log("search documents of %,d tickets in %s", count, start);
	}

	/**
	 * Articles then their attachments, computed again from the seed rather than held in
	 * memory.
	 * @return how many articles and attachments
	 */
	private long[] articles(Connection connection, int count, Instant end, List<Customer> customers,
			List<List<UUID>> writers) throws SQLException, IOException {
		long articles;
		try (CopyRows rows = new CopyRows(connection, "ticket_articles", "article_id", "ticket_id", "kind", "author_id",
				"body", "plain_text", "created_at", "channel")) {
			for (int k = 0; k < count; k++) {
				GeneratedTicket t = GeneratedTicket.of(this.seed, k, count, end);
				UUID requester = requester(t, customer(t, customers));
				UUID agent = agent(t, writers);
				Random ids = new Random(this.seed * 1_000_003L + 7_000_000_000L + k);
				for (Entry entry : t.history()) {
					UUID id = GeneratedOrganization.uuid(ids);
					entry.files().forEach((file) -> GeneratedOrganization.uuid(ids));
					boolean system = "SYSTEM".equals(entry.kind());
					String body = system ? entry.body() : entry.body().replace("'", "&#39;");
					boolean byMail = "EMAIL".equals(t.channel()) && entry.author() == Author.REQUESTER
							&& "PUBLIC".equals(entry.kind()) && entry != t.history().get(0);
					rows.row(id, t.id(), entry.kind(), author(entry, requester, agent), body,
							system ? null : RichText.toPlainText(body), entry.at(), byMail ? "EMAIL" : null);
				}
			}
			articles = rows.count();
		}
		long attachments;
		try (CopyRows rows = new CopyRows(connection, "ticket_attachments", "attachment_id", "ticket_id", "article_id",
				"file_name", "media_type", "size", "sha256", "created_at")) {
			for (int k = 0; k < count; k++) {
				GeneratedTicket t = GeneratedTicket.of(this.seed, k, count, end);
				Random ids = new Random(this.seed * 1_000_003L + 7_000_000_000L + k);
				for (Entry entry : t.history()) {
					UUID article = GeneratedOrganization.uuid(ids);
					for (String file : entry.files()) {
						UUID id = GeneratedOrganization.uuid(ids);
						rows.row(id, t.id(), article, file, mediaType(file), 20_000 + (id.hashCode() & 0xFFFFF),
								sha256(id), entry.at());
					}
				}
			}
			attachments = rows.count();
		}
		return new long[] { articles, attachments };
	}

	private static void keep(GeneratedTicket t, GeneratedClock clock, GeneratedClock.Settings sla, Instant end,
			List<Object[]> clocks, List<Object[]> events) {
		boolean alerted = clock.status() != org.guichet.sla.SlaClock.Status.ON_TIME;
		boolean late = clock.status() == org.guichet.sla.SlaClock.Status.LATE;
		var level = sla.level();
		clocks.add(new Object[] { t.id(), null, level.policy().measure(), level.policy().target().toMinutes(),
				level.policy().reminder().toMinutes(),
				(level.firstResponse() != null) ? level.firstResponse().toMinutes() : null, level.shownToRequester(),
				clock.state(), clock.status(), clock.dueAt(), clock.firstResponseDueAt(), clock.firstResponseAt(),
				clock.nextCheckAt(), alerted ? end : null, late ? end : null, end });
		for (Object[] event : clock.events()) {
			events.add(new Object[] { t.id(), event[0], event[1], event[1] });
		}
	}

	private static Customer customer(GeneratedTicket t, List<Customer> customers) {
		if (t.big()) {
			return customers.get(0);
		}
		// big customers file more: the first organizations, as for members
		return customers.get(1 + (int) ((customers.size() - 1) * Math.pow(t.organizationDraw(), 2)));
	}

	private UUID requester(GeneratedTicket t, Customer customer) {
		if (t.big()) {
			return this.reference.bigCustomerId(1 + t.bigRequester());
		}
		return customer.members()[t.memberDraw() % customer.members().length];
	}

	private static UUID agent(GeneratedTicket t, List<List<UUID>> writers) {
		if (t.taken() == null) {
			return null;
		}
		List<UUID> these = writers.get(TicketWords.TYPES.get(t.type()).category());
		return these.get(t.agentDraw() % these.size());
	}

	private static UUID author(Entry entry, UUID requester, UUID agent) {
		return switch (entry.author()) {
			case REQUESTER -> requester;
			case AGENT -> agent;
			case NOBODY -> null;
		};
	}

	/**
	 * @return the big organization first, then every active organization with active
	 * customers, in code order
	 */
	private static List<Customer> customers(Connection connection, UUID big) throws SQLException {
		List<Customer> customers = new ArrayList<>();
		customers.add(new Customer(big, null, new UUID[0]));
		try (PreparedStatement select = connection.prepareStatement("""
				select o.organization_id, concat_ws(', ', o.street, nullif(concat_ws(' ', o.postcode, o.city), '')),
				  array_agg(m.user_id order by m.user_id)
				from organizations o join memberships m on m.organization_id = o.organization_id
				  join users u on u.user_id = m.user_id
				where o.active and u.state = 'ACTIVE' and u.staff_role is null and u.email not like '%@guichet.test'
				  and o.organization_id <> ?
				group by o.organization_id order by o.customer_code""")) {
			select.setObject(1, big);
			ResultSet rows = select.executeQuery();
			while (rows.next()) {
				customers.add(new Customer(rows.getObject(1, UUID.class), rows.getString(2),
						(UUID[]) rows.getArray(3).getArray()));
			}
		}
		try (PreparedStatement select = connection.prepareStatement(
				"select concat_ws(', ', street, nullif(concat_ws(' ', postcode, city), '')) from organizations "
						+ "where organization_id = ?")) {
			select.setObject(1, big);
			ResultSet row = select.executeQuery();
			row.next();
			customers.set(0, new Customer(big, row.getString(1), new UUID[0]));
		}
		if (customers.size() < 2) {
			throw new IllegalStateException("No active organization with active customers: generate organizations");
		}
		return customers;
	}

	private static UUID single(Connection connection, String sql) throws SQLException {
		List<UUID> found = ids(connection, sql);
		if (found.isEmpty()) {
			throw new IllegalStateException("Not enough organizations for the ticket step: " + sql);
		}
		return found.get(0);
	}

	private static List<UUID> ids(Connection connection, String sql) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			ResultSet rows = statement.executeQuery(sql);
			while (rows.next()) {
				ids.add(rows.getObject(1, UUID.class));
			}
		}
		return ids;
	}

	private static String mediaType(String file) {
		String extension = file.substring(file.lastIndexOf('.') + 1);
		return switch (extension) {
			case "png" -> "image/png";
			case "jpg" -> "image/jpeg";
			case "pdf" -> "application/pdf";
			case "csv" -> "text/csv";
			case "txt" -> "text/plain";
			default -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		};
	}

	/**
	 * @return a SHA-256-shaped name for a file that is not stored
	 */
	private static String sha256(UUID id) {
		String hex = id.toString().replace("-", "");
		return hex + hex;
	}

}
