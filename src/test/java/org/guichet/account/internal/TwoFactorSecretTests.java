package org.guichet.account.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwoFactorSecretTests {

	/** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", in Base32. */
	private static final TwoFactorSecret RFC = new TwoFactorSecret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

	@Test
	void matchesTheCodesOfTheRfcWithinOneStep() {
		// At 59 s the RFC's 8-digit code is 94287082: its last 6 digits are the 6-digit
		// code.
		assertThat(RFC.matchingStep("287082", Instant.ofEpochSecond(59))).hasValue(1);
		assertThat(RFC.matchingStep("287082", Instant.ofEpochSecond(59 + 30))).hasValue(1);
		assertThat(RFC.matchingStep("287082", Instant.ofEpochSecond(59 + 90))).isEmpty();
	}

	@Test
	void refusesWhatIsNotASixDigitCode() {
		assertThat(RFC.matchingStep("28708", Instant.ofEpochSecond(59))).isEmpty();
		assertThat(RFC.matchingStep("abcdef", Instant.ofEpochSecond(59))).isEmpty();
		assertThat(RFC.matchingStep(null, Instant.ofEpochSecond(59))).isEmpty();
	}

	@Test
	void theQrCodeNamesItselfInTheReadersLanguage() {
		assertThat(RFC.qrCodeSvg("Mairie", "a@example.org", "QR code <à scanner>"))
			.contains("<title id=\"qr-title\">QR code &lt;à scanner&gt;</title>");
		assertThat(RFC.otpauthUri("Éditions Exemple", "a@example.org"))
			.startsWith("otpauth://totp/%C3%89ditions%20Exemple:a%40example.org?secret=");
	}

}
