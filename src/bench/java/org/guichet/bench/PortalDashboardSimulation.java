package org.guichet.bench;

import java.util.Random;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portal's home of the big organization's customers: its tiles count the
 * organization's 5,000 tickets by state and its chart the requests of each month. The
 * customers sign in first (silently), then their sessions are shared.
 *
 * <p>
 * Settings: those of {@link TicketBench}, {@code bench.usersPerSec} 50 by default.
 */
public class PortalDashboardSimulation extends Simulation {

	private final CustomerSessions customers = new CustomerSessions(TicketStep::bigCustomerEmail,
			TicketStep.BIG_CUSTOMERS, "/");

	private final Random random = new Random(42);

	private final ScenarioBuilder dashboard = scenario("Customer opens the portal's home")
		.exec((session) -> session.set("sessionCookie", this.customers.any(this.random)))
		.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
		.exec(http("dashboard").get("/").check(status().is(200), css(".tile-count").count().gte(4)));

	{
		setUp(this.customers.signIn(TicketBench.baseUrl())
			.injectOpen(atOnceUsers(Math.min(TicketBench.sessions(), TicketStep.BIG_CUSTOMERS)))
			.andThen(this.dashboard
				.injectOpen(constantUsersPerSec(TicketBench.usersPerSec(50)).during(TicketBench.duration()))))
			.protocols(TicketBench.protocol())
			.assertions(TicketBench.assertions(100, 200, "dashboard"));
	}

}
