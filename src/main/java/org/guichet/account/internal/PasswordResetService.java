package org.guichet.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guichet.account.AccountProperties;
import org.guichet.account.AccountState;
import org.guichet.account.EmailAddress;
import org.guichet.account.PasswordPolicy;
import org.guichet.account.PasswordResetRequested;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.notification.Outbox;
import org.guichet.notification.OutgoingMail;
import org.guichet.shared.GuichetProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mot de passe oublié": a link valid one hour, sent to the address if it has an active
 * account. The request is answered before the address is even looked up, so the answer is
 * the same, in content and in time, whether or not the account exists.
 */
@Service
public class PasswordResetService {

	private final ApplicationEventPublisher events;

	private final UserAccountRepository users;

	private final AccountTokens tokens;

	private final Outbox outbox;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwordEncoder;

	private final SecurityLog securityLog;

	private final UserSessions sessions;

	private final PersonalInformation personalInformation;

	private final AccountProperties accountProperties;

	private final GuichetProperties properties;

	private final Clock clock;

	PasswordResetService(ApplicationEventPublisher events, UserAccountRepository users, AccountTokens tokens,
			Outbox outbox, PasswordPolicy policy, PasswordEncoder passwordEncoder, SecurityLog securityLog,
			UserSessions sessions, PersonalInformation personalInformation, AccountProperties accountProperties,
			GuichetProperties properties, Clock clock) {
		this.events = events;
		this.users = users;
		this.tokens = tokens;
		this.outbox = outbox;
		this.policy = policy;
		this.passwordEncoder = passwordEncoder;
		this.securityLog = securityLog;
		this.sessions = sessions;
		this.personalInformation = personalInformation;
		this.accountProperties = accountProperties;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records the request; the link is written by {@link #on(PasswordResetRequested)}.
	 */
	@Transactional
	public void request(EmailAddress email, Locale language) {
		this.events.publishEvent(new PasswordResetRequested(email.value(), language));
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested request) {
		Optional<UserAccount> user = this.users.findByEmail(request.email())
			.filter((candidate) -> candidate.state() == AccountState.ACTIVE);
		if (user.isEmpty()) {
			this.securityLog.record(SecurityEventType.PASSWORD_RESET_REQUESTED, null, null, request.email(),
					"no active account: nothing sent");
			return;
		}
		UserAccount account = user.get();
		String token = this.tokens.issue(account, AccountToken.Purpose.PASSWORD_RESET,
				this.accountProperties.passwordResetValidity());
		this.outbox.enqueue(new OutgoingMail(account.email(), "account/password-reset",
				(account.preferredLanguage() != null) ? Locale.forLanguageTag(account.preferredLanguage())
						: request.language(),
				Map.of("name", account.displayName(), "email", account.email(), "resetLink",
						this.properties.link("/password/reset/" + token), "validityMinutes",
						this.accountProperties.passwordResetValidity().toMinutes()))
			.markedConfidential());
		this.securityLog.record(SecurityEventType.PASSWORD_RESET_REQUESTED, null, account.id(), account.email(),
				"link sent");
	}

	/**
	 * @return the address (login) the link resets, if the link is still valid
	 */
	@Transactional(readOnly = true)
	public Optional<String> find(String token) {
		return this.tokens.findUsable(token, AccountToken.Purpose.PASSWORD_RESET)
			.flatMap((found) -> this.users.findById(found.userId()))
			.filter((user) -> user.state() == AccountState.ACTIVE)
			.map(UserAccount::email);
	}

	@Transactional(readOnly = true)
	public List<PasswordPolicy.Violation> check(String token, String password) {
		List<String> personal = this.tokens.findUsable(token, AccountToken.Purpose.PASSWORD_RESET)
			.flatMap((found) -> this.users.findById(found.userId()))
			.map((user) -> this.personalInformation.of(user, null))
			.orElse(List.of());
		return this.policy.check(password, personal);
	}

	/**
	 * Sets the new password, uses the link up and ends every open session of the account.
	 * No automatic sign-in follows.
	 * @return whether the link was still valid
	 */
	@Transactional
	public boolean reset(String token, String password) {
		Optional<UserAccount> user = this.tokens.redeem(token, AccountToken.Purpose.PASSWORD_RESET)
			.flatMap((found) -> this.users.findById(found.userId()))
			.filter((candidate) -> candidate.state() == AccountState.ACTIVE);
		user.ifPresent((account) -> {
			account.resetPassword(this.passwordEncoder.encode(password), this.clock.instant());
			this.sessions.endAll(account.email());
			this.securityLog.record(SecurityEventType.PASSWORD_RESET, null, account.id(), account.email(), null);
		});
		return user.isPresent();
	}

}
