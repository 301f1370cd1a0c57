package org.guichet.bench;

import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Customers sign in (docs/performance.md, "Tickets, portal and desk"): the sign-in page,
 * then the form sent with its CSRF token, which must lead to the portal's home. The
 * addresses are the twenty customers of {@link TicketStep} in turn; each address may sign
 * in 20 times a minute ({@code guichet.account.sign-ins-per-minute}), so above 6 a second
 * start Guichet with a higher limit.
 *
 * <p>
 * Settings: those of {@link TicketBench}, {@code bench.usersPerSec} 10 by default.
 */
public class LoginSimulation extends Simulation {

	private final AtomicInteger next = new AtomicInteger();

	private final ScenarioBuilder login = scenario("Customer signs in")
		.exec((session) -> session.set("email", email(this.next.getAndIncrement())))
		.exec(http("sign-in page").get("/login")
			.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("sign in").post("/login")
			.formParam("email", "#{email}")
			.formParam("password", BenchDataGenerator.PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302), header("Location").is(TicketBench.baseUrl() + "/")));

	{
		setUp(this.login.injectOpen(constantUsersPerSec(TicketBench.usersPerSec(10)).during(TicketBench.duration())))
			.protocols(TicketBench.protocol())
			.assertions(TicketBench.assertions(500, 1000, "sign-in page", "sign in"));
	}

	private static String email(int n) {
		int people = TicketStep.BIG_CUSTOMERS + TicketStep.FILERS;
		int i = n % people;
		return (i < TicketStep.BIG_CUSTOMERS) ? TicketStep.bigCustomerEmail(1 + i)
				: TicketStep.filerEmail(1 + i - TicketStep.BIG_CUSTOMERS);
	}

}
