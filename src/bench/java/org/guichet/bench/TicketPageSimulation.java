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
 * The portal's page of one of the big organization's requests (its history, files and
 * what the customer may do), opened by one of its customers. The tickets are read from
 * the organization's list first (silently, {@code bench.pages} pages of 100, 5 by
 * default). Attachments are listed on the page but never downloaded: generated files have
 * no content.
 *
 * <p>
 * Settings: those of {@link TicketBench}, {@code bench.usersPerSec} 50 by default.
 */
public class TicketPageSimulation extends Simulation {

	private final CustomerSessions customers = new CustomerSessions(TicketStep::bigCustomerEmail,
			TicketStep.BIG_CUSTOMERS, "/");

	private final TicketNumbers tickets = new TicketNumbers();

	private final Random random = new Random(42);

	private final ScenarioBuilder page = scenario("Customer opens a request").exec((session) -> {
		String[] ticket = TicketBench.pick(this.random, this.tickets.found());
		return session.set("number", ticket[0]).set("sessionCookie", this.customers.any(this.random));
	})
		.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
		.exec(http("request page").get("/tickets/#{number}")
			.check(status().is(200), css("h1").exists(), css("a[href$='/print.pdf']", "href").optional()));

	{
		setUp(this.customers.signIn(TicketBench.baseUrl())
			.injectOpen(atOnceUsers(Math.min(TicketBench.sessions(), TicketStep.BIG_CUSTOMERS)))
			.andThen(this.tickets.anyOf(this.customers, BenchSettings.integer("bench.pages", 5))
				.injectOpen(atOnceUsers(1))
				.andThen(this.page
					.injectOpen(constantUsersPerSec(TicketBench.usersPerSec(50)).during(TicketBench.duration())))))
			.protocols(TicketBench.protocol())
			.assertions(TicketBench.assertions(50, 50, "request page"));
	}

}
