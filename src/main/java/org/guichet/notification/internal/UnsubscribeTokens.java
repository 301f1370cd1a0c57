package org.guichet.notification.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.guichet.notification.NoticeKind;
import org.guichet.shared.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tokens of the "stop these e-mails" links: 256 random bits, one per e-mail, of which
 * only the SHA-256 is stored. A token names a user and a kind of notice, nothing else.
 */
@Component
class UnsubscribeTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	UnsubscribeTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the token, to put in the link; it is not kept
	 */
	String issue(UUID user, NoticeKind kind) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc
			.sql("insert into notification_unsubscribe_tokens (token_hash, user_id, kind, created_at)"
					+ " values (?, ?, ?, ?)")
			.params(Sha256.hex(token), user, kind.name(), Timestamp.from(this.clock.instant()))
			.update();
		return token;
	}

	Optional<Subscription> find(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("select user_id, kind from notification_unsubscribe_tokens where token_hash = ?")
			.param(Sha256.hex(token))
			.query((row, n) -> new Subscription(row.getObject("user_id", UUID.class),
					NoticeKind.valueOf(row.getString("kind"))))
			.optional();
	}

	/**
	 * What a token lets its holder stop.
	 */
	record Subscription(UUID user, NoticeKind kind) {
	}

}
