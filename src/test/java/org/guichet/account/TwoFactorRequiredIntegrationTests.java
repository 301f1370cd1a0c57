package org.guichet.account;

import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code guichet.account.two-factor-required-for-staff}, staff set up two-factor
 * authentication before anything else; customers stay free to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"guichet.test.database=guichet_two_factor_required", "guichet.account.two-factor-required-for-staff=true" })
class TwoFactorRequiredIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void staffMustSetItUpBeforeAnythingElse() {
		HttpTestClient agent = new HttpTestClient(this.port);
		assertThat(agent.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD).headers().firstValue("Location"))
			.contains(agent.url("/profile/two-factor"));
		assertThat(agent.get("/desk").headers().firstValue("Location")).contains(agent.url("/profile/two-factor"));
		assertThat(agent.get("/profile/two-factor").body())
			.contains("Votre organisation demande la double authentification");
	}

	@Test
	void customersAreNotForced() {
		HttpTestClient customer = new HttpTestClient(this.port);
		assertThat(customer.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD).headers().firstValue("Location"))
			.contains(customer.url("/"));
		assertThat(customer.get("/").statusCode()).isEqualTo(200);
	}

}
