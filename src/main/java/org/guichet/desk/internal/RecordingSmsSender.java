package org.guichet.desk.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.guichet.desk.SmsSender;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default {@link SmsSender}: the message is kept in {@code sms_messages}, marked as
 * recorded, and not sent. Declared in {@link SmsConfiguration} unless another sender is.
 */
class RecordingSmsSender implements SmsSender {

	private final JdbcClient jdbc;

	private final Clock clock;

	RecordingSmsSender(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String provider() {
		return "recorded";
	}

	@Override
	public void send(String ticketNumber, String phone, String text) {
		this.jdbc
			.sql("insert into sms_messages (sms_id, ticket_number, recipient, body, provider, recorded_at)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), ticketNumber, phone, text, provider(), Timestamp.from(this.clock.instant()))
			.update();
	}

}
