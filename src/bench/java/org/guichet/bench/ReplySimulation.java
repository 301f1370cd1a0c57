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
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Requesters answer on their open requests: the request's page, then its reply form sent
 * with the page's CSRF token, which leads back to the page. The big organization's
 * customers sign in, then each one's new, in-progress and waiting requests are read from
 * the list (silently). Replies to the same request at the same moment may conflict
 * (optimistic locking): keep the rate well under the number of requests found.
 *
 * <p>
 * Settings: those of {@link TicketBench}, {@code bench.usersPerSec} 10 by default.
 */
public class ReplySimulation extends Simulation {

	private final CustomerSessions customers = new CustomerSessions(TicketStep::bigCustomerEmail,
			TicketStep.BIG_CUSTOMERS, "/");

	private final TicketNumbers tickets = new TicketNumbers();

	private final Random random = new Random(42);

	private final ScenarioBuilder reply = scenario("Requester answers").exec((session) -> {
		String[] ticket = TicketBench.pick(this.random, this.tickets.found());
		return session.set("number", ticket[0]).set("sessionCookie", ticket[1]);
	})
		.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
		.exec(http("request page").get("/tickets/#{number}")
			.check(status().is(200), css("form[action$='/reply'] input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("reply").post("/tickets/#{number}/reply")
			.formParam("body", "<p>Merci, voici les précisions demandées : le problème revient chaque matin.</p>")
			.formParam("_csrf", "#{csrf}")
			.asMultipartForm()
			.check(status().is(302),
					header("Location").find()
						.transform((location) -> location.replaceFirst("^https?://[^/]+", ""))
						.isEL("/tickets/#{number}")));

	{
		setUp(this.customers.signIn(TicketBench.baseUrl())
			.injectOpen(atOnceUsers(Math.min(TicketBench.sessions(), TicketStep.BIG_CUSTOMERS)))
			.andThen(this.tickets.answerableBy(this.customers)
				.injectOpen(atOnceUsers(1))
				.andThen(this.reply
					.injectOpen(constantUsersPerSec(TicketBench.usersPerSec(10)).during(TicketBench.duration())))))
			.protocols(TicketBench.protocol())
			.assertions(TicketBench.assertions(200, 400, "request page", "reply"));
	}

}
