package org.guichet.account.internal;

import java.time.Clock;
import java.util.Optional;

import org.guichet.account.Accounts;
import org.guichet.account.EmailAddress;
import org.guichet.account.EmailAlreadyUsedException;
import org.guichet.account.NewUser;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
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
