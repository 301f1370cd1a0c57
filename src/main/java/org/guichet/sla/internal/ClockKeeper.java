package org.guichet.sla.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guichet.sla.BusinessCalendar;
import org.guichet.sla.ServiceLevel;
import org.guichet.sla.SlaClock;
import org.guichet.sla.SlaPolicy;
import org.guichet.sla.TicketSla;
import org.guichet.sla.TicketSlas;
import org.guichet.ticket.ClockedTicket;
import org.guichet.ticket.DeadlineStatus;
import org.guichet.ticket.TicketDeadlines;
import org.guichet.ticket.TicketEvents.AgentReplied;
import org.guichet.ticket.TicketEvents.RequesterAnswered;
import org.guichet.ticket.TicketEvents.RequesterAsked;
import org.guichet.ticket.TicketEvents.SolutionProposed;
import org.guichet.ticket.TicketEvents.SolutionRefused;
import org.guichet.ticket.TicketEvents.TicketCancelled;
import org.guichet.ticket.TicketEvents.TicketClosed;
import org.guichet.ticket.TicketEvents.TicketCreated;
import org.guichet.ticket.TicketEvents.TicketRequalified;
import org.guichet.ticket.TicketId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each ticket's SLA clock: records what happens to the ticket as clock events, then
 * recomputes the clock's reading from all its events, and hands the ticket its due date
 * and status. Events are recorded with the moment they happened and replayed in that
 * order.
 *
 * <p>
 * It listens to the ticket's events synchronously, in the transaction that changes the
 * ticket: the clock, the flags and the ticket are saved together or not at all, and the
 * desk's counts are right as soon as the change is.
 */
@Service
class ClockKeeper implements TicketSlas {

	private final JdbcClient jdbc;

	private final SlaStore store;

	private final TicketDeadlines tickets;

	private final Clock clock;

	ClockKeeper(JdbcClient jdbc, SlaStore store, TicketDeadlines tickets, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.tickets = tickets;
		this.clock = clock;
	}

	@EventListener
	void on(TicketCreated event) {
		record(event.ticket(), event.at());
	}

	@EventListener
	void on(RequesterAsked event) {
		record(event.ticket(), event.at(), "PAUSE", "RESPONSE");
	}

	@EventListener
	void on(RequesterAnswered event) {
		record(event.ticket(), event.at(), "RESUME");
	}

	@EventListener
	void on(AgentReplied event) {
		record(event.ticket(), event.at(), "RESPONSE");
	}

	@EventListener
	void on(SolutionProposed event) {
		record(event.ticket(), event.at(), "PAUSE", "RESPONSE");
	}

	@EventListener
	void on(SolutionRefused event) {
		record(event.ticket(), event.at(), "RESUME");
	}

	@EventListener
	void on(TicketClosed event) {
		record(event.ticket(), event.at(), "STOP");
	}

	@EventListener
	void on(TicketCancelled event) {
		record(event.ticket(), event.at(), "STOP");
	}

	@EventListener
	void on(TicketRequalified event) {
		Optional<ClockedTicket> ticket = this.tickets.find(event.ticket());
		if (ticket.isEmpty() || !start(ticket.get())) {
			return;
		}
		this.jdbc.sql("update ticket_clocks set request_type_id = ? where ticket_id = ?")
			.params(event.requestType(), event.ticket().value())
			.update();
		retarget(event.ticket(), levelOf(event.requestType()), this.store.settings().calendar(), this.clock.instant());
	}

	/**
	 * Records what happened to the ticket's clock (nothing for a new ticket: its clock
	 * starts when it was filed), then recomputes it.
	 */
	@Transactional
	public void record(TicketId id, Instant at, String... kinds) {
		Optional<ClockedTicket> ticket = this.tickets.find(id);
		if (ticket.isEmpty() || !start(ticket.get())) {
			return;
		}
		Instant now = this.clock.instant();
		for (String kind : kinds) {
			// only the first answer counts: the history lists that one
			if (!"RESPONSE".equals(kind) || !answered(id)) {
				insertEvent(id, kind, at, null, now);
			}
		}
		recompute(id, this.store.settings().calendar(), now);
	}

	/**
	 * Creates the ticket's clock, started when the ticket was filed, unless it has one;
	 * locks it for the rest of the transaction.
	 * @return whether the ticket has a clock: not a ticket closed before clocks existed
	 */
	private boolean start(ClockedTicket ticket) {
		boolean exists = this.jdbc.sql("select 1 from ticket_clocks where ticket_id = ? for update")
			.param(ticket.id().value())
			.query(Integer.class)
			.optional()
			.isPresent();
		if (exists) {
			return true;
		}
		if (!ticket.state().isOpen()) {
			return false;
		}
		ServiceLevel level = levelOf(ticket.requestTypeId());
		Instant now = this.clock.instant();
		int created = this.jdbc.sql("""
				insert into ticket_clocks (ticket_id, request_type_id, measure, target_minutes, reminder_minutes,
				  first_response_minutes, shown_to_requester, state, status, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 'RUNNING', 'ON_TIME', ?)
				on conflict do nothing
				""")
			.params(ticket.id().value(), ticket.requestTypeId(), level.policy().measure().name(),
					SlaStore.minutes(level.policy().target()), SlaStore.minutes(level.policy().reminder()),
					SlaStore.minutes(level.firstResponse()), level.shownToRequester(), Timestamp.from(now))
			.update();
		if (created == 1) {
			insertEvent(ticket.id(), "START", ticket.createdAt(), null, now);
		}
		else {
			// another transaction created it meanwhile: wait for it, as above
			this.jdbc.sql("select 1 from ticket_clocks where ticket_id = ? for update")
				.param(ticket.id().value())
				.query(Integer.class)
				.single();
		}
		return true;
	}

	private boolean answered(TicketId id) {
		return this.jdbc
			.sql("select exists (select 1 from ticket_clock_events where ticket_id = ? and kind = 'RESPONSE')")
			.param(id.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Locks a ticket and its clock, in the order a change of the ticket takes them (the
	 * ticket's row first, then the clock), so that the jobs never deadlock with it.
	 */
	void lock(UUID ticketId) {
		this.jdbc.sql("select 1 from tickets where ticket_id = ? for no key update")
			.param(ticketId)
			.query()
			.listOfRows();
		this.jdbc.sql("select 1 from ticket_clocks where ticket_id = ? for update")
			.param(ticketId)
			.query()
			.listOfRows();
	}

	/**
	 * @return the service level of the request type: its own, or the default
	 */
	ServiceLevel levelOf(UUID requestTypeId) {
		Optional<ServiceLevel> own = (requestTypeId != null) ? this.store.typeLevel(requestTypeId) : Optional.empty();
		return own.orElseGet(() -> this.store.settings().defaults());
	}

	/**
	 * Gives the clock another service level, recording the change, and recomputes it.
	 */
	void retarget(TicketId id, ServiceLevel level, BusinessCalendar calendar, Instant now) {
		Stored stored = stored(id);
		if (stored == null) {
			return;
		}
		if (!stored.level().equals(level)) {
			this.jdbc.sql("""
					update ticket_clocks set measure = ?, target_minutes = ?, reminder_minutes = ?,
					  first_response_minutes = ?, shown_to_requester = ? where ticket_id = ?
					""")
				.params(level.policy().measure().name(), SlaStore.minutes(level.policy().target()),
						SlaStore.minutes(level.policy().reminder()), SlaStore.minutes(level.firstResponse()),
						level.shownToRequester(), id.value())
				.update();
			insertEvent(id, "TARGET", now, encode(stored.level()) + ">" + encode(level), now);
		}
		recompute(id, calendar, now);
	}

	/**
	 * Reads the clock again from its events and stores the reading, on the clock and on
	 * the ticket.
	 */
	void recompute(TicketId id, BusinessCalendar calendar, Instant now) {
		Stored stored = stored(id);
		if (stored == null) {
			return;
		}
		ClockReading reading = ClockReading.of(stored.clock(), stored.level(), stored.firstResponseAt(), calendar, now);
		this.jdbc.sql("""
				update ticket_clocks set state = ?, status = ?, due_at = ?, first_response_due_at = ?,
				  first_response_at = ?, next_check_at = ?, updated_at = ? where ticket_id = ?
				""")
			.params(reading.state().name(), reading.status().name(), timestamp(reading.dueAt()),
					timestamp(reading.firstResponseDueAt()), timestamp(stored.firstResponseAt()),
					timestamp(reading.nextCheckAt()), Timestamp.from(now), id.value())
			.update();
		this.tickets.record(id, DeadlineStatus.valueOf(reading.status().name()), reading.dueAt(),
				stored.level().shownToRequester());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TicketSla> of(TicketId ticket) {
		Stored stored = stored(ticket);
		if (stored == null) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		ClockReading reading = ClockReading.of(stored.clock(), stored.level(), stored.firstResponseAt(),
				this.store.settings().calendar(), now);
		return Optional.of(new TicketSla(stored.level(), stored.ofRequestType(), reading.state(), reading.status(),
				reading.dueAt(), reading.consumed(), stored.clock().pausedSince().orElse(null),
				reading.firstResponseDueAt(), stored.firstResponseAt(), stored.history()));
	}

	private Stored stored(TicketId id) {
		Optional<StoredLevel> level = this.jdbc.sql("""
				select c.*, exists (select 1 from sla_type_policies p where p.request_type_id = c.request_type_id)
				  as of_type
				from ticket_clocks c where c.ticket_id = ?
				""")
			.param(id.value())
			.query((row, index) -> new StoredLevel(SlaStore.level(row), row.getBoolean("of_type")))
			.optional();
		if (level.isEmpty()) {
			return null;
		}
		List<TicketSla.Entry> history = this.jdbc
			.sql("select kind, at, detail from ticket_clock_events where ticket_id = ? order by at, event_id")
			.param(id.value())
			.query((row, index) -> entry(row.getString("kind"), row.getTimestamp("at").toInstant(),
					row.getString("detail")))
			.list();
		SlaClock clock = new SlaClock(List.of());
		Instant firstResponse = null;
		for (TicketSla.Entry entry : history) {
			switch (entry.kind()) {
				case "START", "PAUSE", "RESUME", "STOP" ->
					clock = clock.with(new SlaClock.Event(SlaClock.Event.Kind.valueOf(entry.kind()), entry.at()));
				case "RESPONSE" -> firstResponse = (firstResponse != null) ? firstResponse : entry.at();
				default -> {
				}
			}
		}
		return new Stored(level.get().level(), level.get().ofRequestType(), clock, firstResponse, history);
	}

	private static TicketSla.Entry entry(String kind, Instant at, String detail) {
		if (detail == null || !detail.contains(">")) {
			return new TicketSla.Entry(kind, at, null, null);
		}
		String[] levels = detail.split(">", 2);
		return new TicketSla.Entry(kind, at, decode(levels[0]), decode(levels[1]));
	}

	private void insertEvent(TicketId id, String kind, Instant at, String detail, Instant now) {
		this.jdbc.sql("""
				insert into ticket_clock_events (ticket_id, kind, at, detail, recorded_at) values (?, ?, ?, ?, ?)
				""").params(id.value(), kind, Timestamp.from(at), detail, Timestamp.from(now)).update();
	}

	/**
	 * @return the level as stored in a TARGET event's detail:
	 * {@code MEASURE,target,reminder,firstResponse} in minutes, the last one empty when
	 * there is none
	 */
	static String encode(ServiceLevel level) {
		return level.policy().measure().name() + "," + level.policy().target().toMinutes() + ","
				+ level.policy().reminder().toMinutes() + ","
				+ ((level.firstResponse() != null) ? level.firstResponse().toMinutes() : "") + ","
				+ level.shownToRequester();
	}

	static ServiceLevel decode(String text) {
		String[] parts = text.split(",", -1);
		Duration first = parts[3].isEmpty() ? null : Duration.ofMinutes(Long.parseLong(parts[3]));
		return new ServiceLevel(new SlaPolicy(SlaPolicy.Measure.valueOf(parts[0]),
				Duration.ofMinutes(Long.parseLong(parts[1])), Duration.ofMinutes(Long.parseLong(parts[2]))), first,
				Boolean.parseBoolean(parts[4]));
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private record StoredLevel(ServiceLevel level, boolean ofRequestType) {
	}

	private record Stored(ServiceLevel level, boolean ofRequestType, SlaClock clock, Instant firstResponseAt,
			List<TicketSla.Entry> history) {

	}

}
