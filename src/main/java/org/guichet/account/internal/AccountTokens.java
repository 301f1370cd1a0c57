package org.guichet.account.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.guichet.shared.Sha256;

import org.springframework.stereotype.Component;

/**
 * Issues and redeems the single-use links of accounts: 256 random bits, of which only a
 * hash is stored.
 */
@Component
class AccountTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountTokenRepository tokens;

	private final Clock clock;

	AccountTokens(AccountTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * @return the token to put in the link
	 */
	String issue(UserAccount user, AccountToken.Purpose purpose, Duration validity) {
		return issue(user, purpose, validity, null);
	}

	/**
	 * @param newEmail the address a change of address switches to, for that purpose
	 * @return the token to put in the link
	 */
	String issue(UserAccount user, AccountToken.Purpose purpose, Duration validity, String newEmail) {
		this.tokens.retireUnused(user.id().value(), purpose, this.clock.instant());
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new AccountToken(user.id().value(), purpose, Sha256.hex(token), this.clock.instant(), validity)
			.withNewEmail(newEmail));
		return token;
	}

	/**
	 * @return the token if it exists for this purpose and can still be used
	 */
	Optional<AccountToken> findUsable(String token, AccountToken.Purpose purpose) {
		return this.tokens.findByTokenHash(Sha256.hex(token))
			.filter((candidate) -> candidate.purpose() == purpose && candidate.isUsable(this.clock.instant()));
	}

	/**
	 * Uses the token up, locking it so that two concurrent uses cannot both succeed.
	 */
	Optional<AccountToken> redeem(String token, AccountToken.Purpose purpose) {
		Optional<AccountToken> usable = this.tokens.findByTokenHashForUpdate(Sha256.hex(token))
			.filter((candidate) -> candidate.purpose() == purpose && candidate.isUsable(this.clock.instant()));
		usable.ifPresent((candidate) -> candidate.use(this.clock.instant()));
		return usable;
	}

}
