package org.guichet.account.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guichet.account.EmailAddress;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.UserId;
import org.guichet.notification.Outbox;
import org.guichet.notification.OutgoingMail;
import org.guichet.shared.GuichetProperties;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing one's e-mail address (the login): asked with the password, confirmed from a
 * link sent to the new address, announced to the old one. Until confirmed, nothing
 * changes.
 */
@Service
public class EmailChangeService {

	static final Duration VALIDITY = Duration.ofHours(24);

	private final UserAccountRepository users;

	private final AccountTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final Outbox outbox;

	private final SecurityLog securityLog;

	private final UserSessions sessions;

	private final GuichetProperties properties;

	EmailChangeService(UserAccountRepository users, AccountTokens tokens, PasswordEncoder passwordEncoder,
			Outbox outbox, SecurityLog securityLog, UserSessions sessions, GuichetProperties properties) {
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.outbox = outbox;
		this.securityLog = securityLog;
		this.sessions = sessions;
		this.properties = properties;
	}

	/**
	 * What became of a request.
	 */
	public enum Outcome {

		LINK_SENT, WRONG_PASSWORD, ADDRESS_USED, SAME_ADDRESS

	}

	@Transactional
	public Outcome request(UserId id, EmailAddress newEmail, String password, Locale language) {
		UserAccount user = this.users.findById(id.value()).orElseThrow();
		if (password == null || !this.passwordEncoder.matches(password, user.passwordHash())) {
			return Outcome.WRONG_PASSWORD;
		}
		if (newEmail.value().equals(user.email())) {
			return Outcome.SAME_ADDRESS;
		}
		if (this.users.existsByEmail(newEmail.value())) {
			return Outcome.ADDRESS_USED;
		}
		String token = this.tokens.issue(user, AccountToken.Purpose.EMAIL_CHANGE, VALIDITY, newEmail.value());
		Map<String, Object> variables = Map.of("name", user.displayName(), "oldEmail", user.email(), "newEmail",
				newEmail.value(), "confirmLink", this.properties.link("/email/confirm/" + token));
		this.outbox.enqueue(
				new OutgoingMail(newEmail.value(), "account/email-change", language, variables).markedConfidential());
		this.outbox.enqueue(new OutgoingMail(user.email(), "account/email-change-notice", language, variables));
		this.securityLog.record(SecurityEventType.EMAIL_CHANGE_REQUESTED, id, id, user.email(),
				"to " + newEmail.value());
		return Outcome.LINK_SENT;
	}

	/**
	 * @return whether the link can still confirm a change
	 */
	@Transactional(readOnly = true)
	public boolean isValid(String token) {
		return this.tokens.findUsable(token, AccountToken.Purpose.EMAIL_CHANGE).isPresent();
	}

	/**
	 * Switches the address if the link is valid and the address still free; every session
	 * of the account ends (sign in again with the new address).
	 * @return the new address, or empty when the link or the address no longer works
	 */
	@Transactional
	public Optional<String> confirm(String token) {
		Optional<AccountToken> redeemed = this.tokens.redeem(token, AccountToken.Purpose.EMAIL_CHANGE);
		if (redeemed.isEmpty() || this.users.existsByEmail(redeemed.get().newEmail())) {
			return Optional.empty();
		}
		UserAccount user = this.users.findById(redeemed.get().userId()).orElseThrow();
		String oldEmail = user.email();
		user.changeEmail(EmailAddress.of(redeemed.get().newEmail()).orElseThrow());
		this.sessions.endAll(oldEmail);
		this.securityLog.record(SecurityEventType.EMAIL_CHANGED, user.id(), user.id(), user.email(),
				"from " + oldEmail);
		return Optional.of(user.email());
	}

}
