package org.guichet.notification.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The messages read from the mailbox ({@code inbound_emails}): a message is handled once,
 * whichever node reads it and however often, and each sender's messages of the last hour
 * are counted.
 */
@Component
class InboundLog {

	private final JdbcClient jdbc;

	InboundLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the message, unless it was already.
	 * @param messageId its Message-ID, or {@code null}
	 * @param raw its bytes, which identify it without a Message-ID
	 * @return whether it is new
	 */
	boolean record(String messageId, byte[] raw, String sender, Instant now) {
		String key = (messageId != null) ? "id:" + messageId : "sha256:" + sha256(raw);
		return this.jdbc
			.sql("insert into inbound_emails (inbound_email_id, dedup_key, sender, received_at) values (?, ?, ?, ?)"
					+ " on conflict (dedup_key) do nothing")
			.params(UUID.randomUUID(), key.substring(0, Math.min(key.length(), 300)), sender, Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * @return how many messages the sender sent within {@code period} before now
	 */
	long countFrom(String sender, Instant now, Duration period) {
		return this.jdbc.sql("select count(*) from inbound_emails where sender = ? and received_at > ?")
			.params(sender, Timestamp.from(now.minus(period)))
			.query(Long.class)
			.single();
	}

	private static String sha256(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
