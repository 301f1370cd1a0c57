package org.guichet.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.guichet.organization.OrganizationKind;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Staff search organizations (docs/performance.md): the agent of
 * {@link BenchDataGenerator} signs in a few times, then searches arrive at a fixed rate,
 * each by the name of a generated organization, a member's name, a customer code or
 * SIRET, or no text and a kind; half of those with a second page open it.
 *
 * <p>
 * Settings, as system properties or environment variables: {@code bench.baseUrl}
 * ({@code BENCH_BASE_URL}, default http://127.0.0.1:8090), {@code bench.usersPerSec}
 * (20), {@code bench.seconds} (60), {@code bench.sessions} (10), and the generator's
 * {@code bench.organizations} (100000) and {@code bench.seed} (2026).
 */
public class OrganizationSearchSimulation extends Simulation {

	static final String SESSION_COOKIE = "GUICHET_SESSION";

	static final List<String> SEARCHES = List.of("search by name", "search by member", "search by code or SIRET",
			"list by kind");

	private final String baseUrl = setting("bench.baseUrl", "http://127.0.0.1:8090");

	private final int organizations = Integer.parseInt(setting("bench.organizations", "100000"));

	private final long seed = Long.parseLong(setting("bench.seed", "2026"));

	/** Signed-in sessions, shared by the searching users as a desk's agents would. */
	private final List<String> sessions = new CopyOnWriteArrayList<>();

	private final Random random = new Random(42);

	private final HttpProtocolBuilder protocol = http.baseUrl(this.baseUrl)
		.acceptHeader("text/html")
		.acceptLanguageHeader("fr-FR,fr;q=0.9")
		.userAgentHeader("Guichet benchmark")
		.disableFollowRedirect();

	/**
	 * Signing in is not what is measured (its Argon2id hash is slow on purpose): its
	 * requests are silent, left out of the statistics, and a sign-in that does not lead
	 * to the desk stops the run.
	 */
	private final ScenarioBuilder signIn = scenario("Agent signs in")
		.exec(http("sign-in page").get("/login").silent().check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("sign in").post("/login")
			.formParam("email", BenchDataGenerator.AGENT_EMAIL)
			.formParam("password", BenchDataGenerator.PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.silent()
			.check(header("Location").optional().saveAs("landing")))
		// straight to the desk: no second factor, no password change asked
		.crashLoadGeneratorIf(
				(session) -> "The agent " + BenchDataGenerator.AGENT_EMAIL + " could not sign in (sent to "
						+ session.getString("landing") + "): see docs/performance.md",
				(session) -> !(this.baseUrl + "/desk").equals(session.getString("landing")))
		// The desk stores the session's CSRF token: done now, before the session is
		// shared, so that concurrent searches do not all try to store one.
		.exec(http("desk").get("/desk").silent().check(status().is(200)))
		.exec(getCookieValue(CookieKey(SESSION_COOKIE).saveAs("signedIn")))
		.exec((session) -> {
			this.sessions.add(session.getString("signedIn"));
			return session;
		});

	private final ChainBuilder search = exec(http("#{search}").get("/desk/organizations")
		.queryParam("q", "#{q}")
		.queryParam("kind", "#{kind}")
		.check(status().is(200), regex("after=([0-9a-f-]{36})").optional().saveAs("after")))
		.doIf((session) -> session.contains("after") && this.random.nextBoolean())
		.then(exec(http("next page").get("/desk/organizations")
			.queryParam("q", "#{q}")
			.queryParam("kind", "#{kind}")
			.queryParam("after", "#{after}")
			.check(status().is(200))));

	private final ScenarioBuilder searches = scenario("Agent searches organizations")
		.feed(() -> Stream.generate(this::nextSearch).iterator())
		.exec((session) -> session.set("sessionCookie", this.sessions.get(this.random.nextInt(this.sessions.size()))))
		.exec(addCookie(Cookie(SESSION_COOKIE, "#{sessionCookie}")))
		.exec(this.search);

	{
		int usersPerSec = Integer.parseInt(setting("bench.usersPerSec", "20"));
		Duration duration = Duration.ofSeconds(Long.parseLong(setting("bench.seconds", "60")));
		int signIns = Integer.parseInt(setting("bench.sessions", "10"));
		setUp(this.signIn.injectOpen(atOnceUsers(signIns))
			.andThen(this.searches.injectOpen(constantUsersPerSec(usersPerSec).during(duration))))
			.protocols(this.protocol)
			.assertions(Stream.concat(
					Stream.of(global().failedRequests().count().is(0L),
							global().responseTime().percentile(95.0).lt(100)),
					Stream.concat(SEARCHES.stream(), Stream.of("next page"))
						.map((name) -> details(name).responseTime().percentile(95.0).lt(100)))
				.toList());
	}

	private Map<String, Object> nextSearch() {
		synchronized (this.random) {
			int roll = this.random.nextInt(100);
			if (roll < 45) {
				return Map.of("search", SEARCHES.get(0), "q",
						SearchTerms.nameTerm(this.random, this.seed, this.organizations), "kind", "");
			}
			if (roll < 65) {
				return Map.of("search", SEARCHES.get(1), "q", SearchTerms.memberTerm(this.random), "kind", "");
			}
			if (roll < 80) {
				return Map.of("search", SEARCHES.get(2), "q", SearchTerms.codeTerm(this.random, this.organizations),
						"kind", "");
			}
			OrganizationKind kind = OrganizationKind.values()[this.random.nextInt(OrganizationKind.values().length)];
			return Map.of("search", SEARCHES.get(3), "q", "", "kind", kind.name());
		}
	}

	private static String setting(String property, String defaultValue) {
		return BenchSettings.get(property, defaultValue);
	}

}
