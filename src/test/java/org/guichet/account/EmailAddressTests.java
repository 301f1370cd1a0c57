package org.guichet.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTests {

	@Test
	void trimsAndLowerCases() {
		assertThat(EmailAddress.of("  Marie.Durand@Saint-Exemple.FR ")).map(EmailAddress::value)
			.contains("marie.durand@saint-exemple.fr");
	}

	@Test
	void normalizesCompatibilityCharacters() {
		// Full-width letters typed on some keyboards are the same address.
		assertThat(EmailAddress.of("ｍａｒｉｅ@example.org")).map(EmailAddress::value).contains("marie@example.org");
	}

	@Test
	void convertsAnInternationalDomainToPunycode() {
		assertThat(EmailAddress.of("jean@mairie-évry.fr")).map(EmailAddress::value)
			.contains("jean@xn--mairie-vry-h7a.fr");
	}

	@Test
	void rejectsWhatIsNotAnAddress() {
		assertThat(EmailAddress.of("marie")).isEmpty();
		assertThat(EmailAddress.of("marie@")).isEmpty();
		assertThat(EmailAddress.of("@example.org")).isEmpty();
		assertThat(EmailAddress.of("marie@localhost")).isEmpty();
		assertThat(EmailAddress.of("ma rie@example.org")).isEmpty();
		assertThat(EmailAddress.of("marie..durand@example.org")).isEmpty();
		assertThat(EmailAddress.of("marie@example.org\r\nBcc: x@y.z")).isEmpty();
		assertThat(EmailAddress.of(null)).isEmpty();
	}

}
