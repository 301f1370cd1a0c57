package org.guichet.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.guichet.account.AccountState;
import org.guichet.account.Accounts;
import org.guichet.account.ContactMedium;
import org.guichet.account.EmailAddress;
import org.guichet.account.EmailAlreadyUsedException;
import org.guichet.account.NewUser;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.shared.Civility;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final UserSessions sessions;

	private final SecurityLog securityLog;

	private final AccountSettingsService settings;

	private final UserDirectory directory;

	AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock, UserSessions sessions,
			SecurityLog securityLog, AccountSettingsService settings, UserDirectory directory) {
		this.directory = directory;
		this.settings = settings;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.sessions = sessions;
		this.securityLog = securityLog;
	}

	@Override
	public boolean isPasswordExpired(UserId id) {
		Duration maxAge = this.settings.current().passwordMaxAge();
		return maxAge != null && this.users.findById(id.value())
			.map((user) -> user.isPasswordOlderThan(maxAge, this.clock.instant()))
			.orElse(false);
	}

	@Override
	public boolean mayActAtCounter(UserId id) {
		return this.users.findById(id.value()).map(UserAccount::mayActAtCounter).orElse(false);
	}

	@Override
	@Transactional
	public void allowCounter(UserId id, boolean allowed, UserId administrator) {
		UserAccount user = this.users.findById(id.value()).orElseThrow();
		if (user.mayActAtCounter() != allowed) {
			user.allowCounter(allowed);
			this.securityLog.record(SecurityEventType.COUNTER_RIGHT_CHANGED, administrator, id, user.email(),
					allowed ? "may act for households" : "may no longer act for households");
		}
	}

	@Override
	public List<UserId> searchCustomers(String text, int limit) {
		return this.directory.customersMatching(text, limit);
	}

	@Override
	public List<UserSummary> findAll(Collection<UserId> ids) {
		return this.users.findAllById(ids.stream().map(UserId::value).toList())
			.stream()
			.map(UserAccount::summary)
			.toList();
	}

	@Override
	public Optional<Civility> civility(UserId id) {
		return this.users.findById(id.value()).map(UserAccount::civility);
	}

	@Override
	public ContactMedium preferredContact(UserId id) {
		return this.users.findById(id.value()).map(UserAccount::preferredContact).orElse(ContactMedium.EMAIL);
	}

	@Override
	public List<UserSummary> staff() {
		return this.users.findByStaffRoleIsNotNullOrderByDisplayName().stream().map(UserAccount::summary).toList();
	}

	@Override
	@Transactional
	public boolean block(UserId id, UserId actor) {
		UserAccount user = this.users.findById(id.value()).orElseThrow();
		if (user.state() != AccountState.ACTIVE) {
			return false;
		}
		user.block();
		this.sessions.endAll(user.email());
		this.securityLog.record(SecurityEventType.ACCOUNT_BLOCKED, actor, id, user.email(), null);
		return true;
	}

	@Override
	@Transactional
	public void unblock(UserId id, UserId actor) {
		UserAccount user = this.users.findById(id.value()).orElseThrow();
		if (user.state() != AccountState.BLOCKED) {
			return;
		}
		user.unblock();
		this.securityLog.record(SecurityEventType.ACCOUNT_UNBLOCKED, actor, id, user.email(), null);
	}

	@Override
	@Transactional
	public UserId createActiveUser(NewUser user) {
		EmailAddress email = EmailAddress.of(user.email())
			.orElseThrow(() -> new IllegalArgumentException("Invalid e-mail address"));
		if (this.users.existsByEmail(email.value())) {
			throw new EmailAlreadyUsedException(email);
		}
		UserAccount account = UserAccount.active(email, user.displayName(),
				this.passwordEncoder.encode(user.rawPassword()), user.staffRole(), user.preferredLanguage(),
				this.clock.instant());
		this.users.saveAndFlush(account);
		return account.id();
	}

	@Override
	public Optional<UserSummary> find(UserId id) {
		return this.users.findById(id.value()).map(UserAccount::summary);
	}

	@Override
	public Optional<UserSummary> findByEmail(String email) {
		return EmailAddress.of(email)
			.flatMap((address) -> this.users.findByEmail(address.value()))
			.map(UserAccount::summary);
	}

	@Override
	public boolean hasAdministrator() {
		return this.users.existsByStaffRole(StaffRole.ADMINISTRATOR);
	}

	@Override
	public long count() {
		return this.users.count();
	}

	@Override
	public Optional<String> preferredLanguage(UserId id) {
		return this.users.findById(id.value()).map(UserAccount::preferredLanguage);
	}

	@Override
	@Transactional
	public void changePreferredLanguage(UserId id, String language) {
		this.users.findById(id.value()).ifPresent((user) -> user.changePreferredLanguage(language));
	}

}
