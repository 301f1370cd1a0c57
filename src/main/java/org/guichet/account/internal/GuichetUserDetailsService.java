package org.guichet.account.internal;

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

	GuichetUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return EmailAddress.of(username)
			.flatMap((email) -> this.users.findByEmail(email.value()))
			.map((user) -> new GuichetUser(user.summary(), user.passwordHash(), user.canSignIn()))
			.orElseThrow(() -> new UsernameNotFoundException("No account for this address"));
	}

}
