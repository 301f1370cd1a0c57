package org.guichet.account;

import java.net.http.HttpResponse;
import java.util.Map;

import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whoever hammers the public forms from one address is slowed down with a readable 429.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "guichet.test.database=guichet_rate_limit",
		"guichet.account.sign-ins-per-minute=3", "guichet.account.public-forms-per-minute=2" })
class RateLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void signInAttemptsBeyondTheLimitGetA429Page() {
		HttpTestClient client = new HttpTestClient(this.port);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(client.signIn("someone@example.org", "wrong").statusCode()).isEqualTo(302);
		}
		HttpResponse<String> refused = client.signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).contains("60");
		assertThat(refused.body()).contains("Trop de tentatives").contains("Patientez une minute");
		assertThat(client.get("/login").statusCode()).as("pages still open").isEqualTo(200);
	}

	@Test
	void theForgottenPasswordFormIsLimitedToo() {
		HttpTestClient client = new HttpTestClient(this.port);
		for (int attempt = 0; attempt < 2; attempt++) {
			assertThat(client.submit("/password/forgot", "/password/forgot", Map.of("email", "a@example.org"))
				.statusCode()).isEqualTo(200);
		}
		assertThat(client.submit("/password/forgot", "/password/forgot", Map.of("email", "a@example.org")).statusCode())
			.isEqualTo(429);
	}

}
