package org.guichet.bench;

import java.util.Random;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import org.guichet.bench.TicketWords.Type;

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
 * Customers file requests through the portal's form: the form of one generated request
 * type, then the form sent (multipart, as the page sends it) with its CSRF token, a
 * theme, a subject, a description, an impact and an urgency; it must lead to the new
 * request's page. The customers are the ten {@link TicketStep#filerEmail filers}, each of
 * another organization than the big one. Target (performance issue): 300 requests filed a
 * second.
 *
 * <p>
 * Settings: those of {@link TicketBench}, {@code bench.usersPerSec} 300 by default.
 */
public class CreateTicketSimulation extends Simulation {

	private final CustomerSessions customers = new CustomerSessions(TicketStep::filerEmail, TicketStep.FILERS, "/");

	private final Random random = new Random(42);

	private final long seed = TicketBench.seed();

	private final ScenarioBuilder file = scenario("Customer files a request").exec((session) -> {
		synchronized (this.random) {
			int t = GeneratedTicket.weighted(this.random, TicketWords.TYPES.stream().mapToInt(Type::weight).toArray());
			Type type = TicketWords.TYPES.get(t);
			int theme = this.random.nextInt(type.themes().size());
			String subject = TicketBench.pick(this.random, type.themes().get(theme).subjects());
			return session.set("sessionCookie", this.customers.any(this.random))
				.set("type", TicketReferenceData.requestTypeId(this.seed, t).toString())
				.set("theme", TicketReferenceData.themeId(this.seed, t, theme).toString())
				.set("subject", subject + " (banc d'essai)")
				.set("description",
						"<p>" + subject + ". " + TicketBench.pick(this.random, TicketWords.DETAILS) + "</p>");
		}
	})
		.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
		.exec(http("new request form").get("/tickets/new?type=#{type}")
			.check(status().is(200), css("form.ticket-form input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("file request").post("/tickets")
			.formParam("requestTypeId", "#{type}")
			.formParam("themeId", "#{theme}")
			.formParam("subject", "#{subject}")
			.formParam("description", "#{description}")
			.formParam("impact", "MINOR")
			.formParam("urgency", "MEDIUM")
			.formParam("watchers", "")
			.formParam("_csrf", "#{csrf}")
			.asMultipartForm()
			.check(status().is(302),
					header("Location").find().transform((location) -> location.contains("/tickets/DI-")).is(true)));

	{
		setUp(this.customers.signIn(TicketBench.baseUrl())
			.injectOpen(atOnceUsers(Math.min(TicketBench.sessions(), TicketStep.FILERS)))
			.andThen(this.file
				.injectOpen(constantUsersPerSec(TicketBench.usersPerSec(300)).during(TicketBench.duration()))))
			.protocols(TicketBench.protocol())
			.assertions(TicketBench.assertions(200, 500, "new request form", "file request"));
	}

}
