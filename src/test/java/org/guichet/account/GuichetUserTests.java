package org.guichet.account;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class GuichetUserTests {

	@Test
	void eachRoleLandsOnItsHome() {
		assertThat(user(null).homePath()).isEqualTo("/");
		assertThat(user(StaffRole.AGENT).homePath()).isEqualTo("/desk");
		assertThat(user(StaffRole.MANAGER).homePath()).isEqualTo("/desk");
		assertThat(user(StaffRole.ADMINISTRATOR).homePath()).isEqualTo("/admin");
	}

	@Test
	void customersAndStaffGetDistinctAuthorities() {
		assertThat(user(null).getAuthorities()).map(GrantedAuthority::getAuthority).containsExactly("ROLE_CUSTOMER");
		assertThat(user(StaffRole.MANAGER).getAuthorities()).map(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_MANAGER");
	}

	@Test
	void forgetsThePasswordHashOnceSignedIn() {
		GuichetUser user = user(null);
		user.eraseCredentials();
		assertThat(user.getPassword()).isNull();
	}

	private static GuichetUser user(StaffRole role) {
		return new GuichetUser(
				new UserSummary(UserId.random(), "someone@example.org", "Someone", AccountState.ACTIVE, role), "hash",
				true);
	}

}
