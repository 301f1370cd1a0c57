package org.guichet.account;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guichet.support.AccountsWebTest;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public forms carry a self-hosted proof of work (ALTCHA), with a text question for
 * browsers without JavaScript; sign-in asks for it after three failures.
 */
@AccountsWebTest
class BotChallengeIntegrationTests {

	private static final Pattern QUESTION = Pattern.compile("combien font (\\d) \\+ (\\d)");

	private static final Pattern TOKEN = Pattern.compile("name=\"botToken\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFormWithoutTheAnswerIsRefusedAndASolvedChallengeWorksOnce() {
		HttpTestClient client = new HttpTestClient(this.port);
		String page = client.get("/password/forgot").body();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", HttpTestClient.csrfToken(page));
		fields.put("email", "someone@example.org");
		HttpResponse<String> unanswered = client.post("/password/forgot", fields);
		assertThat(unanswered.statusCode()).isEqualTo(400);
		assertThat(unanswered.body()).contains("La vérification anti-robot n&#39;a pas abouti");

		fields.put("altcha", HttpTestClient.solveBotChallenge(page).orElseThrow());
		assertThat(client.post("/password/forgot", fields).statusCode()).isEqualTo(200);
		assertThat(client.post("/password/forgot", fields).statusCode()).as("no replay").isEqualTo(400);
	}

	@Test
	void withoutJavaScriptTheTextQuestionIsTheFallback() {
		HttpTestClient client = new HttpTestClient(this.port);
		String page = client.get("/account-request").body();
		Matcher question = QUESTION.matcher(page);
		Matcher token = TOKEN.matcher(page);
		assertThat(question.find()).isTrue();
		assertThat(token.find()).isTrue();
		int sum = Integer.parseInt(question.group(1)) + Integer.parseInt(question.group(2));
		Map<String, String> fields = new LinkedHashMap<>(Map.of("_csrf", HttpTestClient.csrfToken(page), "lastName",
				"Simon", "firstName", "Eva", "email", "eva.simon@example.org", "phone", "", "organizationName",
				"Lycée Exemple", "customerCode", "", "message", "", "botToken", token.group(1)));
		fields.put("botAnswer", Integer.toString(sum + 1));
		assertThat(client.post("/account-request", fields).statusCode()).isEqualTo(400);
		fields.put("botAnswer", Integer.toString(sum));
		assertThat(client.post("/account-request", fields).body()).contains("votre demande est enregistrée");
	}

	@Test
	void signInAsksForTheChallengeAfterThreeFailures() {
		HttpTestClient client = new HttpTestClient(this.port);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(client.get("/login").body()).doesNotContain("data-altcha-challenge");
			client.signIn(DemoUsers.MANAGER.email(), "wrong " + attempt);
		}
		String page = client.get("/login").body();
		assertThat(page).contains("data-altcha-challenge");
		HttpResponse<String> unanswered = client.post("/login", Map.of("_csrf", HttpTestClient.csrfToken(page), "email",
				DemoUsers.MANAGER.email(), "password", DemoUsers.PASSWORD));
		assertThat(unanswered.headers().firstValue("Location")).contains(client.url("/login?error&challenge"));

		HttpResponse<String> answered = client.signIn(DemoUsers.MANAGER.email(), DemoUsers.PASSWORD);
		assertThat(answered.headers().firstValue("Location")).contains(client.url("/desk"));
	}

}
