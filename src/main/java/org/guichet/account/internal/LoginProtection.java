package org.guichet.account.internal;

import java.time.Clock;

import org.guichet.account.AccountProperties;
import org.guichet.account.EmailAddress;
import org.guichet.account.GuichetUser;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account for a while after too many of them
 * ({@code guichet.account.max-failed-logins} within {@code failure-window}, for
 * {@code lock-duration}). The sign-in page never says whether an account exists or is
 * locked; the audit log does.
 */
@Component
class LoginProtection {

	private final UserAccountRepository users;

	private final SecurityLog securityLog;

	private final AccountProperties properties;

	private final Clock clock;

	LoginProtection(UserAccountRepository users, SecurityLog securityLog, AccountProperties properties, Clock clock) {
		this.users = users;
		this.securityLog = securityLog;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String typed = String.valueOf(event.getAuthentication().getPrincipal());
		String email = EmailAddress.of(typed).map(EmailAddress::value).orElse(typed);
		String reason = event.getException().getClass().getSimpleName();
		this.users.findByEmailForUpdate(email).ifPresentOrElse((user) -> {
			this.securityLog.record(SecurityEventType.LOGIN_FAILED, null, user.id(), email, reason);
			if (!user.isLocked(this.clock.instant())
					&& user.recordFailedLogin(this.clock.instant(), this.properties.maxFailedLogins(),
							this.properties.failureWindow(), this.properties.lockDuration())) {
				this.securityLog.record(SecurityEventType.ACCOUNT_LOCKED, null, user.id(), email,
						"locked until " + user.lockedUntil());
			}
		}, () -> this.securityLog.record(SecurityEventType.LOGIN_FAILED, null, null, email, "no such account"));
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof GuichetUser principal) {
			this.users.findById(principal.id().value()).ifPresent((user) -> {
				user.recordSuccessfulLogin();
				this.securityLog.record(SecurityEventType.LOGIN_SUCCEEDED, null, user.id(), user.email(), null);
			});
		}
	}

}
