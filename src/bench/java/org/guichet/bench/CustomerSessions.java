package org.guichet.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.gatling.javaapi.core.ScenarioBuilder;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Sessions signed in before a simulation's load and shared by its users: by default the
 * customers {@link KnowledgeBaseStep} adds. As in {@link OrganizationSearchSimulation},
 * signing in is silent (left out of the statistics: Argon2id is slow on purpose) and
 * stops the run if it does not land where it should.
 */
final class CustomerSessions {

	/** Cookie and address of each signed-in session. */
	private final List<String[]> sessions = new CopyOnWriteArrayList<>();

	private final AtomicInteger signedIn = new AtomicInteger();

	private final IntFunction<String> email;

	private final int people;

	private final String landing;

	CustomerSessions() {
		this(KnowledgeBaseStep::customerEmail, KnowledgeBaseStep.CUSTOMERS, "/");
	}

	/**
	 * @param email the address of the n-th person (from 1)
	 * @param people how many addresses there are: each has its own sign-in limit
	 * @param landing where signing in leads ("/" for customers, "/desk" for agents),
	 * opened once so that the session stores its CSRF token before it is shared
	 */
	CustomerSessions(IntFunction<String> email, int people, String landing) {
		this.email = email;
		this.people = people;
		this.landing = landing;
	}

	/**
	 * The signed-in agent of {@link BenchDataGenerator}.
	 */
	static CustomerSessions agent() {
		return new CustomerSessions((n) -> BenchDataGenerator.AGENT_EMAIL, 1, "/desk");
	}

	/**
	 * @return the scenario of one person signing in, the next address for each user
	 */
	ScenarioBuilder signIn(String baseUrl) {
		return scenario("Signs in")
			.exec((session) -> session.set("email",
					this.email.apply(1 + this.signedIn.getAndIncrement() % this.people)))
			.exec(http("sign-in page").get("/login").silent().check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("email", "#{email}")
				.formParam("password", BenchDataGenerator.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.silent()
				.check(header("Location").optional().saveAs("landing")))
			.crashLoadGeneratorIf(
					(session) -> session.getString("email") + " could not sign in (sent to "
							+ session.getString("landing") + "): see docs/performance.md",
					(session) -> !(baseUrl + this.landing).equals(session.getString("landing")))
			.exec(http("landing").get(this.landing).silent().check(status().is(200)))
			.exec(getCookieValue(CookieKey(OrganizationSearchSimulation.SESSION_COOKIE).saveAs("signedIn")))
			.exec((session) -> {
				this.sessions.add(new String[] { session.getString("signedIn"), session.getString("email") });
				return session;
			});
	}

	/**
	 * @return the session cookie of one of the signed-in people
	 */
	String any(Random random) {
		return this.sessions.get(random.nextInt(this.sessions.size()))[0];
	}

	/**
	 * @return how many sessions are signed in
	 */
	int size() {
		return this.sessions.size();
	}

	/**
	 * @return the cookie of the i-th session signed in
	 */
	String cookie(int i) {
		return this.sessions.get(i)[0];
	}

	/**
	 * @return the address the i-th session signed in with
	 */
	String email(int i) {
		return this.sessions.get(i)[1];
	}

}
