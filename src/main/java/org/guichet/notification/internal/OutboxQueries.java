package org.guichet.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guichet.shared.PageCursor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the outbox for the admin pages: newest first, optionally one state, with keyset
 * pagination so that a page costs the same at any depth.
 */
@Component
public class OutboxQueries {

	private final JdbcClient jdbc;

	OutboxQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param state the state to show, or empty for all
	 * @param after the last row of the previous page, or empty for the first page
	 * @param size rows per page
	 * @return up to {@code size} rows
	 */
	public List<OutboxRow> page(Optional<OutboundEmailState> state, Optional<PageCursor> after, int size) {
		StringBuilder sql = new StringBuilder("""
				select outbound_email_id, recipient, subject, state, attempts, last_error, created_at
				from outbound_emails where true""");
		JdbcClient.StatementSpec statement;
		if (state.isPresent()) {
			sql.append(" and state = :state");
		}
		if (after.isPresent()) {
			sql.append(" and (created_at, outbound_email_id) < (:createdAt, :id)");
		}
		sql.append(" order by created_at desc, outbound_email_id desc limit :size");
		statement = this.jdbc.sql(sql.toString()).param("size", size);
		if (state.isPresent()) {
			statement = statement.param("state", state.get().name());
		}
		if (after.isPresent()) {
			statement = statement.param("createdAt", Timestamp.from(after.get().time())).param("id", after.get().id());
		}
		return statement
			.query((rs, row) -> new OutboxRow(rs.getObject("outbound_email_id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), OutboundEmailState.valueOf(rs.getString("state")), rs.getInt("attempts"),
					rs.getString("last_error"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * A row of the outbox list.
	 */
	public record OutboxRow(UUID id, String recipient, String subject, OutboundEmailState state, int attempts,
			String lastError, Instant createdAt) {

		public PageCursor cursor() {
			return new PageCursor(this.createdAt, this.id);
		}

	}

}
