package org.guichet.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Suggestions of articles while a customer files a request (docs/performance.md, issue
 * 8): a few customers of {@link KnowledgeBaseStep} sign in, then requests for suggestions
 * {@code GET /kb/suggest?q=} arrive at a fixed rate, sent as htmx sends them, with the
 * subject typed so far, half the time followed by the description
 * ({@link KnowledgeTerms#requestText}). Target: p95 under 30 ms, no error.
 *
 * <p>
 * Settings, as for {@link KnowledgeSearchSimulation}: {@code bench.baseUrl},
 * {@code bench.usersPerSec} (20), {@code bench.seconds} (60) and {@code bench.sessions}
 * (10 at most).
 */
public class KnowledgeSuggestSimulation extends Simulation {

	static final int TARGET_P95_MILLIS = 30;

	private final String baseUrl = BenchSettings.get("bench.baseUrl", "http://127.0.0.1:8090");

	private final CustomerSessions customers = new CustomerSessions();

	private final Random random = new Random(43);

	private final HttpProtocolBuilder protocol = http.baseUrl(this.baseUrl)
		.acceptHeader("text/html")
		.acceptLanguageHeader("fr-FR,fr;q=0.9")
		.userAgentHeader("Guichet benchmark")
		.disableFollowRedirect();

	private final ScenarioBuilder suggestions = scenario("Customer files a request")
		.feed(() -> Stream.generate(this::nextText).iterator())
		.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
		.exec(http("suggestions").get("/kb/suggest")
			.queryParam("q", "#{q}")
			.header("HX-Request", "true")
			.check(status().is(200)));

	{
		int usersPerSec = BenchSettings.integer("bench.usersPerSec", 20);
		Duration duration = Duration.ofSeconds(BenchSettings.integer("bench.seconds", 60));
		int signIns = Math.min(KnowledgeBaseStep.CUSTOMERS, BenchSettings.integer("bench.sessions", 10));
		setUp(this.customers.signIn(this.baseUrl)
			.injectOpen(atOnceUsers(signIns))
			.andThen(this.suggestions.injectOpen(constantUsersPerSec(usersPerSec).during(duration))))
			.protocols(this.protocol)
			.assertions(List.of(global().failedRequests().count().is(0L),
					global().responseTime().percentile(95.0).lt(TARGET_P95_MILLIS)));
	}

	private Map<String, Object> nextText() {
		synchronized (this.random) {
			return Map.of("q", KnowledgeTerms.requestText(this.random), "sessionCookie",
					this.customers.any(this.random));
		}
	}

}
