package org.guichet.notification.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OutboundEmailTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final NotificationProperties properties = new NotificationProperties("guichet@localhost",
			Duration.ofSeconds(15), 50, 3, Duration.ofMinutes(1), Duration.ofMinutes(3));

	@Test
	void aSentMessageRecordsTheAttemptAndIsNotDueAnyMore() {
		OutboundEmail email = email();
		email.markSent(NOW);
		assertThat(email.state()).isEqualTo(OutboundEmailState.SENT);
		assertThat(email.attempts()).isEqualTo(1);
		assertThat(email.nextAttemptAt()).isNull();
		assertThatIllegalStateException().isThrownBy(() -> email.retry(NOW));
	}

	@Test
	void failuresBackOffThenGiveUp() {
		OutboundEmail email = email();
		email.recordFailure("Connection refused", NOW, this.properties.maxAttempts(), this.properties.retryDelay(1));
		assertThat(email.state()).isEqualTo(OutboundEmailState.PENDING);
		assertThat(email.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		email.recordFailure("Connection refused", NOW, this.properties.maxAttempts(), this.properties.retryDelay(2));
		assertThat(email.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
		email.recordFailure("Connection refused", NOW, this.properties.maxAttempts(), this.properties.retryDelay(3));
		assertThat(email.state()).isEqualTo(OutboundEmailState.FAILED);
		assertThat(email.lastError()).isEqualTo("Connection refused");
		assertThat(email.nextAttemptAt()).isNull();
	}

	@Test
	void theRetryDelayDoublesUpToItsMaximum() {
		assertThat(this.properties.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.properties.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.properties.retryDelay(3)).isEqualTo(Duration.ofMinutes(3));
		assertThat(this.properties.retryDelay(40)).isEqualTo(Duration.ofMinutes(3));
	}

	@Test
	void anAdministratorRetriesAFailedMessageFromScratch() {
		OutboundEmail email = email();
		for (int attempt = 1; attempt <= 3; attempt++) {
			email.recordFailure("timeout", NOW, 3, Duration.ofMinutes(1));
		}
		email.retry(NOW.plusSeconds(60));
		assertThat(email.state()).isEqualTo(OutboundEmailState.PENDING);
		assertThat(email.attempts()).isZero();
		assertThat(email.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void noSmtpServerKeepsTheMessageWithoutUsingAnAttempt() {
		OutboundEmail email = email();
		email.recordNoSmtpServer(NOW, Duration.ofMinutes(5));
		assertThat(email.state()).isEqualTo(OutboundEmailState.PENDING);
		assertThat(email.attempts()).isZero();
		assertThat(email.lastError()).isEqualTo("not sent: no SMTP server configured");
	}

	@Test
	void aConfidentialMessageKeepsNoBodyOnceSent() {
		OutboundEmail email = new OutboundEmail("a@example.org", "Reset", "link /password/reset/abc",
				"<a href=\"/password/reset/abc\">reset</a>", "account/password-reset", "fr", true, NOW);
		email.markSent(NOW);
		assertThat(email.textBody()).isEmpty();
		assertThat(email.htmlBody()).isEmpty();
		OutboundEmail ordinary = email();
		ordinary.markSent(NOW);
		assertThat(ordinary.textBody()).isEqualTo("text");
	}

	@Test
	void theSubjectNeverCarriesALineBreak() {
		OutboundEmail email = new OutboundEmail("a@example.org", "Hello\r\nBcc: victim@example.org", "text",
				"<p>html</p>", "account/invitation", "fr", false, NOW);
		assertThat(email.subject()).isEqualTo("Hello Bcc: victim@example.org");
	}

	private static OutboundEmail email() {
		return new OutboundEmail("a@example.org", "Subject", "text", "<p>html</p>", "account/invitation", "fr", false,
				NOW);
	}

}
