package org.guichet.account.internal;

import java.time.Clock;

import org.guichet.account.EmailAddress;
import org.guichet.account.GuichetUser;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account behind a sign-in attempt, by the normalized form of the address
 * typed.
 */
@Component
class GuichetUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	GuichetUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return EmailAddress.of(username)
			.flatMap((email) -> this.users.findByEmail(email.value()))
			.map((user) -> new GuichetUser(user.summary(), user.passwordHash(), user.canSignIn(),
					user.isLocked(this.clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("No account for this address"));
	}

}
