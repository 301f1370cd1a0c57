package org.guichet.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.guichet.account.AccountProperties;
import org.guichet.account.AccountState;
import org.guichet.account.EmailAddress;
import org.guichet.account.EmailAlreadyUsedException;
import org.guichet.account.Invitations;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.notification.Outbox;
import org.guichet.notification.OutgoingMail;
import org.guichet.shared.GuichetProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class InvitationService implements Invitations {

	private final UserAccountRepository users;

	private final AccountTokens tokens;

	private final Outbox outbox;

	private final SecurityLog securityLog;

	private final AccountProperties accountProperties;

	private final GuichetProperties properties;

	private final Clock clock;

	InvitationService(UserAccountRepository users, AccountTokens tokens, Outbox outbox, SecurityLog securityLog,
			AccountProperties accountProperties, GuichetProperties properties, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.outbox = outbox;
		this.securityLog = securityLog;
		this.accountProperties = accountProperties;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UserId invite(EmailAddress address, UserId invitedBy, String organizationName, Locale language) {
		if (this.users.existsByEmail(address.value())) {
			throw new EmailAlreadyUsedException(address);
		}
		UserAccount user = this.users.save(UserAccount.invited(address, null, null, this.clock.instant()));
		sendActivation(user, organizationName, language);
		this.securityLog.record(SecurityEventType.INVITATION_SENT, invitedBy, user.id(), user.email(),
				organizationName);
		return user.id();
	}

	@Override
	@Transactional
	public UserId inviteStaff(EmailAddress address, StaffRole role, UserId invitedBy, Locale language) {
		if (this.users.existsByEmail(address.value())) {
			throw new EmailAlreadyUsedException(address);
		}
		UserAccount user = this.users.save(UserAccount.invited(address, role, null, this.clock.instant()));
		sendActivation(user, null, language);
		this.securityLog.record(SecurityEventType.INVITATION_SENT, invitedBy, user.id(), user.email(),
				"staff: " + role);
		return user.id();
	}

	@Override
	@Transactional
	public boolean resend(UserId userId, UserId requestedBy, String organizationName, Locale language) {
		UserAccount user = this.users.findById(userId.value())
			.filter((candidate) -> candidate.state() == AccountState.INVITED)
			.orElse(null);
		if (user == null) {
			return false;
		}
		sendActivation(user, organizationName, language);
		this.securityLog.record(SecurityEventType.INVITATION_SENT, requestedBy, user.id(), user.email(),
				"resent: " + organizationName);
		return true;
	}

	/**
	 * @param organizationName the organization the person is invited into, named in the
	 * mail; {@code null} for staff, or when the person asked for a new link themself
	 */
	void sendActivation(UserAccount user, String organizationName, Locale language) {
		String token = this.tokens.issue(user, AccountToken.Purpose.ACTIVATION,
				this.accountProperties.invitationValidity());
		Instant expires = this.clock.instant().plus(this.accountProperties.invitationValidity());
		String expiresOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(language)
			.withZone(this.properties.timeZone())
			.format(expires);
		Map<String, Object> variables = new HashMap<>(
				Map.of("name", user.displayName(), "email", user.email(), "staff", user.staffRole() != null,
						"activationLink", this.properties.link("/activate/" + token), "expiresOn", expiresOn));
		if (organizationName != null) {
			variables.put("organizationName", organizationName);
		}
		this.outbox.enqueue(new OutgoingMail(user.email(), "account/invitation", language, variables));
	}

}
