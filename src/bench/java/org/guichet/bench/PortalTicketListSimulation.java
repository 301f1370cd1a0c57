package org.guichet.bench;

import java.util.Random;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The big organization's list of requests, as its customers read it: the first page (half
 * of the time the open requests only, the default; half of the time every request, closed
 * ones included: 5,000), then one to three following pages through the list's own "next
 * page" link (a keyset cursor).
 *
 * <p>
 * Settings: those of {@link TicketBench}, {@code bench.usersPerSec} 20 by default.
 */
public class PortalTicketListSimulation extends Simulation {

	static final String[] REQUESTS = { "open requests, first page", "open requests, next page",
			"all requests, first page", "all requests, next page" };

	private final CustomerSessions customers = new CustomerSessions(TicketStep::bigCustomerEmail,
			TicketStep.BIG_CUSTOMERS, "/");

	private final Random random = new Random(42);

	private final ScenarioBuilder list = scenario("Customer reads the organization's requests").exec((session) -> {
		synchronized (this.random) {
			boolean all = this.random.nextBoolean();
			return session.set("sessionCookie", this.customers.any(this.random))
				.set("kind", all ? "all requests" : "open requests")
				.set("closed", Boolean.toString(all))
				.set("pages", 1 + this.random.nextInt(3));
		}
	})
		.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
		.exec((session) -> session.remove("next"))
		.exec(http("#{kind}, first page").get("/tickets?closed=#{closed}")
			.check(status().is(200), css("a[href^='/tickets/DI-']").count().gte(1),
					css("nav a[href*='after=']", "href").optional().saveAs("next")))
		.repeat((session) -> session.getInt("pages"))
		.on(exitHereIf((session) -> !session.contains("next"))
			.exec((session) -> session.set("page", session.getString("next")).remove("next"))
			.exec(http("#{kind}, next page").get("#{page}")
				.check(status().is(200), css("a[href^='/tickets/DI-']").count().gte(1),
						css("nav a[href*='after=']", "href").optional().saveAs("next"))));

	{
		setUp(this.customers.signIn(TicketBench.baseUrl())
			.injectOpen(atOnceUsers(Math.min(TicketBench.sessions(), TicketStep.BIG_CUSTOMERS)))
			.andThen(this.list
				.injectOpen(constantUsersPerSec(TicketBench.usersPerSec(20)).during(TicketBench.duration()))))
			.protocols(TicketBench.protocol())
			.assertions(TicketBench.assertions(50, 50, REQUESTS));
	}

}
