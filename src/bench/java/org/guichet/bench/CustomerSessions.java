package org.guichet.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ScenarioBuilder;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Sessions of the customers {@link KnowledgeBaseStep} adds, signed in before a
 * simulation's load and shared by its users. As in {@link OrganizationSearchSimulation},
 * signing in is silent (left out of the statistics) and stops the run if it fails.
 */
final class CustomerSessions {

	private final List<String> cookies = new CopyOnWriteArrayList<>();

	private final AtomicInteger signedIn = new AtomicInteger();

	/**
	 * @return the scenario of one customer signing in, a different one for each user (at
	 * most {@link KnowledgeBaseStep#CUSTOMERS} users, each address having its own sign-in
	 * limit)
	 */
	ScenarioBuilder signIn(String baseUrl) {
		return scenario("Customer signs in")
			.exec((session) -> session.set("email",
					KnowledgeBaseStep.customerEmail(1 + this.signedIn.getAndIncrement() % KnowledgeBaseStep.CUSTOMERS)))
			.exec(http("sign-in page").get("/login").silent().check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("email", "#{email}")
				.formParam("password", BenchDataGenerator.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.silent()
				.check(header("Location").optional().saveAs("landing")))
			.crashLoadGeneratorIf(
					(session) -> "The customer " + session.getString("email") + " could not sign in (sent to "
							+ session.getString("landing") + "): see docs/performance.md",
					(session) -> !(baseUrl + "/").equals(session.getString("landing")))
			// the home page stores the session's CSRF token before the session is shared
			.exec(http("home").get("/").silent().check(status().is(200)))
			.exec(getCookieValue(CookieKey(OrganizationSearchSimulation.SESSION_COOKIE).saveAs("signedIn")))
			.exec((session) -> {
				this.cookies.add(session.getString("signedIn"));
				return session;
			});
	}

	/**
	 * @return the session cookie of one of the signed-in customers
	 */
	String any(Random random) {
		return this.cookies.get(random.nextInt(this.cookies.size()));
	}

}
