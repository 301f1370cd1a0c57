package org.guichet.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.altcha.altcha.Altcha;
import org.guichet.account.AccountProperties;
import org.guichet.shared.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bot protection of the public forms: an ALTCHA proof of work that the browser solves
 * by itself (no puzzle for the person, nothing sent to a third party), and, for browsers
 * without JavaScript, a short arithmetic question as an accessible fallback. Both are
 * signed and expire after ten minutes; an answer is accepted once. The signing key and
 * the answers already used are in the database, so that every node checks what any node
 * rendered, and an answer accepted by one node is refused by the others.
 */
@Component
public class BotChallenge {

	private static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String configuredKey;

	private final long difficulty;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile String key;

	BotChallenge(AccountProperties properties, JdbcClient jdbc, Clock clock) {
		this.configuredKey = properties.botChallengeKey();
		this.difficulty = properties.botChallengeDifficulty();
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new challenge to put in a form.
	 */
	public Challenge create() {
		try {
			Altcha.Challenge challenge = Altcha.createChallenge(new Altcha.ChallengeOptions().setHmacKey(key())
				.setMaxNumber(this.difficulty)
				.setExpiresInSeconds(VALIDITY.toSeconds()));
			int left = 1 + RANDOM.nextInt(9);
			int right = 1 + RANDOM.nextInt(9);
			long expires = this.clock.instant().plus(VALIDITY).getEpochSecond();
			String json = "{\"algorithm\":\"" + challenge.algorithm + "\",\"challenge\":\"" + challenge.challenge
					+ "\",\"maxnumber\":" + challenge.maxnumber + ",\"salt\":\"" + challenge.salt
					+ "\",\"signature\":\"" + challenge.signature + "\"}";
			return new Challenge(json, left, right, expires + "." + sign(expires + "." + (left + right)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not create a challenge", ex);
		}
	}

	/**
	 * @param payload the browser's answer to the proof of work (Base64 JSON), if any
	 * @param fallbackToken the signed fallback question, if answered without JavaScript
	 * @param fallbackAnswer the person's answer to it
	 * @return whether the form comes from a person's browser
	 */
	public boolean verify(String payload, String fallbackToken, String fallbackAnswer) {
		if (payload != null && !payload.isBlank() && payload.length() < 2000) {
			try {
				return Altcha.verifySolution(payload, key(), true) && firstUse("p:" + payload);
			}
			catch (Exception ex) {
				return false;
			}
		}
		if (fallbackToken == null || fallbackAnswer == null || !fallbackToken.matches("\\d{1,12}\\.[0-9a-f]{64}")) {
			return false;
		}
		String[] parts = fallbackToken.split("\\.");
		long expires = Long.parseLong(parts[0]);
		if (Instant.ofEpochSecond(expires).isBefore(this.clock.instant())) {
			return false;
		}
		String answer = fallbackAnswer.strip();
		return answer.matches("\\d{1,2}") && sign(expires + "." + answer).equals(parts[1])
				&& firstUse("f:" + fallbackToken);
	}

	private boolean firstUse(String answer) {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from bot_challenge_answers where expires_at < ?").param(Timestamp.from(now)).update();
		return this.jdbc
			.sql("insert into bot_challenge_answers (answer_hash, expires_at) values (?, ?) on conflict do nothing")
			.params(Sha256.hex(answer), Timestamp.from(now.plus(VALIDITY)))
			.update() == 1;
	}

	/**
	 * The configured key, or else the installation's, written by the first node that
	 * needs it (read lazily: the database is migrated after this bean is made).
	 */
	private String key() {
		String current = this.key;
		if (current == null) {
			if (this.configuredKey != null && !this.configuredKey.isBlank()) {
				current = this.configuredKey;
			}
			else {
				this.jdbc
					.sql("insert into bot_challenge_keys (id, hmac_key, created_at) values (1, ?, ?)"
							+ " on conflict do nothing")
					.params(HexFormat.of().formatHex(Altcha.randomBytes(32)), Timestamp.from(this.clock.instant()))
					.update();
				current = this.jdbc.sql("select hmac_key from bot_challenge_keys where id = 1")
					.query(String.class)
					.single();
			}
			this.key = current;
		}
		return current;
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param json the proof-of-work challenge, for the browser
	 * @param left the first number of the fallback question
	 * @param right the second number of the fallback question
	 * @param fallbackToken the signed fallback question
	 */
	public record Challenge(String json, int left, int right, String fallbackToken) {

		public String base64() {
			return Base64.getEncoder().encodeToString(this.json.getBytes(StandardCharsets.UTF_8));
		}

	}

}
