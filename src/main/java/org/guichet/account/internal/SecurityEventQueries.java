package org.guichet.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.SecurityEventType;
import org.guichet.shared.PageCursor;
import org.guichet.shared.SqlLike;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log for administrators: newest first, filtered by type and address,
 * with keyset pagination.
 */
@Component
public class SecurityEventQueries {

	private final JdbcClient jdbc;

	SecurityEventQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> page(Optional<SecurityEventType> type, String email, Optional<PageCursor> after, int size) {
		StringBuilder sql = new StringBuilder("""
				select e.security_event_id, e.occurred_at, e.type, e.subject_email, e.details, a.email as actor_email
				from security_events e left join users a on a.user_id = e.actor_user_id
				where true""");
		if (type.isPresent()) {
			sql.append(" and e.type = :type");
		}
		if (!email.isBlank()) {
			sql.append(" and e.subject_email like :email escape '\\'");
		}
		if (after.isPresent()) {
			sql.append(" and (e.occurred_at, e.security_event_id) < (:occurredAt, :id)");
		}
		sql.append(" order by e.occurred_at desc, e.security_event_id desc limit :size");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString()).param("size", size);
		if (type.isPresent()) {
			statement = statement.param("type", type.get().name());
		}
		if (!email.isBlank()) {
			statement = statement.param("email", SqlLike.containing(email.toLowerCase(Locale.ROOT)));
		}
		if (after.isPresent()) {
			statement = statement.param("occurredAt", Timestamp.from(after.get().time())).param("id", after.get().id());
		}
		return statement
			.query((rs, row) -> new Row(rs.getObject("security_event_id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), SecurityEventType.valueOf(rs.getString("type")),
					rs.getString("subject_email"), rs.getString("actor_email"), rs.getString("details")))
			.list();
	}

	/**
	 * A line of the audit log.
	 */
	public record Row(UUID id, Instant occurredAt, SecurityEventType type, String subjectEmail, String actorEmail,
			String details) {

		public PageCursor cursor() {
			return new PageCursor(this.occurredAt, this.id);
		}

	}

}
