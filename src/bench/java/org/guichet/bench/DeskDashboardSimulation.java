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
 * The desk's home of the bench agent: five tiles that count tickets (new and unassigned,
 * mine, waiting for the requester, urgent, late) over the categories it has a right on,
 * and its lists. The agent signs in {@code bench.sessions} times first (silently).
 *
 * <p>
 * Settings: those of {@link TicketBench}, {@code bench.usersPerSec} 20 by default.
 */
public class DeskDashboardSimulation extends Simulation {

	private final CustomerSessions agents = CustomerSessions.agent();

	private final Random random = new Random(42);

	private final ScenarioBuilder home = scenario("Agent opens the desk")
		.exec((session) -> session.set("sessionCookie", this.agents.any(this.random)))
		.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
		.exec(http("desk home").get("/desk").check(status().is(200), css(".desk-tiles .display-6").count().is(5)));

	{
		setUp(this.agents.signIn(TicketBench.baseUrl())
			.injectOpen(atOnceUsers(TicketBench.sessions()))
			.andThen(this.home
				.injectOpen(constantUsersPerSec(TicketBench.usersPerSec(20)).during(TicketBench.duration()))))
			.protocols(TicketBench.protocol())
			.assertions(TicketBench.assertions(50, 50, "desk home"));
	}

}
