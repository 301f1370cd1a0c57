package org.guichet.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.altcha.altcha.Altcha;
import org.guichet.account.AccountProperties;

import org.springframework.stereotype.Component;

/**
 * The bot protection of the public forms: an ALTCHA proof of work that the browser solves
 * by itself (no puzzle for the person, nothing sent to a third party), and, for browsers
 * without JavaScript, a short arithmetic question as an accessible fallback. Both are
 * signed and expire after ten minutes; an answer is accepted once.
 */
@Component
public class BotChallenge {

	private static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String key;

	private final long difficulty;

	private final Clock clock;

	/** Answers already used, until they expire: a solved challenge cannot be replayed. */
	private final Map<String, Instant> used = new LinkedHashMap<>(256, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
			return size() > 50_000;
		}

	};

	BotChallenge(AccountProperties properties, Clock clock) {
		this.key = (properties.botChallengeKey() != null && !properties.botChallengeKey().isBlank())
				? properties.botChallengeKey() : HexFormat.of().formatHex(Altcha.randomBytes(32));
		this.difficulty = properties.botChallengeDifficulty();
		this.clock = clock;
	}

	/**
	 * A new challenge to put in a form.
	 */
	public Challenge create() {
		try {
			Altcha.Challenge challenge = Altcha.createChallenge(new Altcha.ChallengeOptions().setHmacKey(this.key)
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
				return Altcha.verifySolution(payload, this.key, true) && firstUse("p:" + payload);
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
		synchronized (this.used) {
			this.used.values().removeIf((expiry) -> expiry.isBefore(now));
			return this.used.putIfAbsent(answer, now.plus(VALIDITY)) == null;
		}
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
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
