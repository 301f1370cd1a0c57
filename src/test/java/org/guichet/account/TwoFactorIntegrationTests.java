package org.guichet.account;

import java.net.http.HttpResponse;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.guichet.support.AccountsWebTest;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-factor authentication with a real TOTP generator, as an authenticator app computes
 * the codes.
 */
@AccountsWebTest
class TwoFactorIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("<code class=\"secret-key\">([A-Z2-7 ]+)</code>");

	private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9]{5}-[a-z0-9]{5})</code>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUserTurnsItOnThenSignsInWithACodeOrARecoveryCode() throws Exception {
		String email = DemoUsers.TECHNICAL_CONTACT.email();
		HttpTestClient user = new HttpTestClient(this.port);
		user.signIn(email, DemoUsers.PASSWORD);
		Matcher secretOnPage = SECRET.matcher(user.get("/profile/two-factor").body());
		assertThat(secretOnPage.find()).isTrue();
		String secret = secretOnPage.group(1).replace(" ", "");

		HttpResponse<String> wrong = user.submit("/profile/two-factor", "/profile/two-factor",
				Map.of("code", "000000".equals(code(secret, Instant.now())) ? "111111" : "000000"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Ce code n&#39;est pas valable.");
		// Each opening of the page offers a new key: take the one shown with the error.
		Matcher shownAgain = SECRET.matcher(wrong.body());
		assertThat(shownAgain.find()).isTrue();
		secret = shownAgain.group(1).replace(" ", "");
		HttpResponse<String> enabled = user.post("/profile/two-factor",
				Map.of("_csrf", HttpTestClient.csrfToken(wrong.body()), "code", code(secret, Instant.now())));
		List<String> recoveryCodes = new ArrayList<>();
		Matcher recovery = RECOVERY.matcher(enabled.body());
		while (recovery.find()) {
			recoveryCodes.add(recovery.group(1));
		}
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();

		HttpTestClient next = new HttpTestClient(this.port);
		HttpResponse<String> password = next.signIn(email, DemoUsers.PASSWORD);
		assertThat(password.headers().firstValue("Location")).contains(next.url("/login/two-factor"));
		assertThat(next.get("/").statusCode()).as("not signed in before the code").isEqualTo(302);
		String usedCode = code(secret, Instant.now().plus(Duration.ofSeconds(30)));
		HttpResponse<String> withCode = next.submit("/login/two-factor", "/login/two-factor", Map.of("code", usedCode));
		assertThat(withCode.headers().firstValue("Location").orElseThrow()).startsWith(next.url("/"))
			.doesNotContain("two-factor");
		assertThat(next.get("/").statusCode()).isEqualTo(200);
		HttpTestClient eavesdropper = new HttpTestClient(this.port);
		eavesdropper.signIn(email, DemoUsers.PASSWORD);
		assertThat(eavesdropper.submit("/login/two-factor", "/login/two-factor", Map.of("code", usedCode)).statusCode())
			.as("a code works once")
			.isEqualTo(400);

		HttpTestClient lostPhone = new HttpTestClient(this.port);
		lostPhone.signIn(email, DemoUsers.PASSWORD);
		assertThat(lostPhone.submit("/login/two-factor", "/login/two-factor", Map.of("code", recoveryCodes.get(0)))
			.headers()
			.firstValue("Location")).contains(next.url("/"));
		HttpTestClient replay = new HttpTestClient(this.port);
		replay.signIn(email, DemoUsers.PASSWORD);
		assertThat(replay.submit("/login/two-factor", "/login/two-factor", Map.of("code", recoveryCodes.get(0)))
			.statusCode()).as("a recovery code works once").isEqualTo(400);

		assertThat(this.jdbc.queryForObject(
				"select count(*) from security_events where subject_email = ? and type in ('TWO_FACTOR_ENABLED', 'RECOVERY_CODE_USED')",
				Integer.class, email))
			.isEqualTo(2);
	}

	@Test
	void fiveWrongCodesSendTheUserBackToThePassword() {
		String email = DemoUsers.ORGANIZATION_ADMIN.email();
		this.jdbc.update("update users set totp_secret = ? where email = ?", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", email);
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(email, DemoUsers.PASSWORD);
		for (int attempt = 0; attempt < 4; attempt++) {
			assertThat(client.submit("/login/two-factor", "/login/two-factor", Map.of("code", "12345" + attempt))
				.statusCode()).isEqualTo(400);
		}
		HttpResponse<String> last = client.submit("/login/two-factor", "/login/two-factor", Map.of("code", "999999"));
		assertThat(last.headers().firstValue("Location")).contains(client.url("/login?error"));
		assertThat(client.get("/login/two-factor").headers().firstValue("Location")).contains(client.url("/login"));
	}

	@Test
	void turningItOffNeedsThePassword() {
		String email = DemoUsers.HOUSEHOLD_MEMBER.email();
		this.jdbc.update("update users set totp_secret = ? where email = ?", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", email);
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(email, DemoUsers.PASSWORD);
		client.submit("/login/two-factor", "/login/two-factor",
				Map.of("code", code("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", Instant.now())));
		assertThat(client.get("/profile/two-factor").body()).contains("La double authentification est activée.");
		assertThat(client.submit("/profile/two-factor", "/profile/two-factor/disable", Map.of("password", "wrong"))
			.statusCode()).isEqualTo(400);
		assertThat(client
			.submit("/profile/two-factor", "/profile/two-factor/disable", Map.of("password", DemoUsers.PASSWORD))
			.statusCode()).isEqualTo(302);
		assertThat(new HttpTestClient(this.port).signIn(email, DemoUsers.PASSWORD).headers().firstValue("Location"))
			.contains(client.url("/"));
	}

	private static String code(String base32, Instant at) {
		try {
			SecretKeySpec key = new SecretKeySpec(new Base32().decode(base32), "HmacSHA1");
			return String.format("%06d",
					new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6).generateOneTimePassword(key, at));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
