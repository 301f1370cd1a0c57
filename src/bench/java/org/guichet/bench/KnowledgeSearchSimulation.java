package org.guichet.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Searches of the knowledge base (docs/performance.md, issue 8): a few customers of
 * {@link KnowledgeBaseStep} sign in, then searches {@code GET /kb/search?q=} arrive at a
 * fixed rate, half of them anonymous, each of one of the {@link KnowledgeTerms#SEARCHES
 * kinds}. Target: p95 under 20 ms, no error.
 *
 * <p>
 * Settings, as system properties or environment variables: {@code bench.baseUrl}
 * ({@code BENCH_BASE_URL}, default http://127.0.0.1:8090), {@code bench.usersPerSec}
 * (20), {@code bench.seconds} (60), {@code bench.sessions} (10 at most) and
 * {@code bench.signedInPercent} (50).
 */
public class KnowledgeSearchSimulation extends Simulation {

	static final int TARGET_P95_MILLIS = 20;

	private final String baseUrl = BenchSettings.get("bench.baseUrl", "http://127.0.0.1:8090");

	private final int signedInPercent = BenchSettings.integer("bench.signedInPercent", 50);

	private final CustomerSessions customers = new CustomerSessions();

	private final Random random = new Random(42);

	private final HttpProtocolBuilder protocol = http.baseUrl(this.baseUrl)
		.acceptHeader("text/html")
		.acceptLanguageHeader("fr-FR,fr;q=0.9")
		.userAgentHeader("Guichet benchmark")
		.disableFollowRedirect();

	private final ScenarioBuilder searches = scenario("People search the knowledge base")
		.feed(() -> Stream.generate(this::nextSearch).iterator())
		.doIf((session) -> session.getBoolean("signedIn"))
		.then(exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}"))))
		.exec(http("#{search}").get("/kb/search").queryParam("q", "#{q}").check(status().is(200)));

	{
		int usersPerSec = BenchSettings.integer("bench.usersPerSec", 20);
		Duration duration = Duration.ofSeconds(BenchSettings.integer("bench.seconds", 60));
		int signIns = Math.min(KnowledgeBaseStep.CUSTOMERS, BenchSettings.integer("bench.sessions", 10));
		setUp(this.customers.signIn(this.baseUrl)
			.injectOpen(atOnceUsers(signIns))
			.andThen(this.searches.injectOpen(constantUsersPerSec(usersPerSec).during(duration))))
			.protocols(this.protocol)
			.assertions(
					Stream
						.concat(Stream.of(global().failedRequests().count().is(0L),
								global().responseTime().percentile(95.0).lt(TARGET_P95_MILLIS)),
								KnowledgeTerms.SEARCHES.stream()
									.flatMap((kind) -> Stream.of(name(kind, false), name(kind, true)))
									.map((name) -> details(name).responseTime().percentile(95.0).lt(TARGET_P95_MILLIS)))
						.toList());
	}

	private Map<String, Object> nextSearch() {
		synchronized (this.random) {
			int kind = KnowledgeTerms.searchKind(this.random);
			boolean signedIn = this.random.nextInt(100) < this.signedInPercent;
			return Map.of("search", name(KnowledgeTerms.SEARCHES.get(kind), signedIn), "q",
					KnowledgeTerms.search(this.random, kind), "signedIn", signedIn, "sessionCookie",
					signedIn ? this.customers.any(this.random) : "");
		}
	}

	/**
	 * @return "one word, anonymous", "phrase, customer"...
	 */
	private static String name(String kind, boolean signedIn) {
		return kind + (signedIn ? ", customer" : ", anonymous");
	}

}
