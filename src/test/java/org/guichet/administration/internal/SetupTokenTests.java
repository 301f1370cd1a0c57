package org.guichet.administration.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SetupTokenTests {

	private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");

	@Test
	void aSetupLinkWorksOnceAndForADay() {
		SetupToken token = new SetupToken("hash", CREATED, Duration.ofHours(24));
		assertThat(token.isUsable(CREATED.plus(Duration.ofHours(23)))).isTrue();
		assertThat(token.isUsable(CREATED.plus(Duration.ofHours(24)))).as("expired").isFalse();

		token.use(CREATED.plus(Duration.ofHours(1)));
		assertThat(token.isUsable(CREATED.plus(Duration.ofHours(2)))).as("used").isFalse();
		assertThatIllegalStateException().isThrownBy(() -> token.use(CREATED.plus(Duration.ofHours(3))));
	}

}
