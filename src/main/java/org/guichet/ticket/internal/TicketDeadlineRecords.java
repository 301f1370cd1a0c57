package org.guichet.ticket.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.guichet.account.UserId;
import org.guichet.ticket.ClockedTicket;
import org.guichet.ticket.DeadlineStatus;
import org.guichet.ticket.TicketDeadlines;
import org.guichet.ticket.TicketId;
import org.guichet.ticket.TicketState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads tickets for the SLA module and keeps its results in the ticket's {@code sla_*}
 * columns. Those columns are not mapped on {@link Ticket}, so that saving a ticket never
 * writes back a stale reading.
 */
@Service
class TicketDeadlineRecords implements TicketDeadlines {

	private static final String COLUMNS = """
			select ticket_id, number, subject, state, request_type_id, category_id, assigned_agent_id, created_at
			from tickets
			""";

	private final JdbcClient jdbc;

	private final EntityManager entities;

	TicketDeadlineRecords(JdbcClient jdbc, EntityManager entities) {
		this.jdbc = jdbc;
		this.entities = entities;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ClockedTicket> find(TicketId id) {
		// The SLA module reads a ticket from the transaction that is changing it.
		if (TransactionSynchronizationManager.isActualTransactionActive() && this.entities.isJoinedToTransaction()) {
			this.entities.flush();
		}
		return this.jdbc.sql(COLUMNS + " where ticket_id = ?")
			.param(id.value())
			.query((row, index) -> clocked(row))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClockedTicket> findAll(Collection<TicketId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(COLUMNS + " where ticket_id in (:ids) order by number")
			.param("ids", ids.stream().map(TicketId::value).toList())
			.query((row, index) -> clocked(row))
			.list();
	}

	@Override
	@Transactional
	public void record(TicketId id, DeadlineStatus status, Instant dueAt, boolean shownToRequester) {
		this.jdbc.sql("""
				update tickets set sla_status = ?, sla_due_at = ?, sla_due_visible = ?
				where ticket_id = ? and (sla_status is distinct from ? or sla_due_at is distinct from ?
				  or sla_due_visible <> ?)
				""")
			.params(status.name(), timestamp(dueAt), shownToRequester, id.value(), status.name(), timestamp(dueAt),
					shownToRequester)
			.update();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static ClockedTicket clocked(ResultSet row) throws SQLException {
		UUID agent = row.getObject("assigned_agent_id", UUID.class);
		return new ClockedTicket(new TicketId(row.getObject("ticket_id", UUID.class)), row.getString("number"),
				row.getString("subject"), TicketState.valueOf(row.getString("state")),
				row.getObject("request_type_id", UUID.class), row.getObject("category_id", UUID.class),
				(agent != null) ? new UserId(agent) : null, row.getTimestamp("created_at").toInstant());
	}

}
