package org.guichet.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

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
 * The desk's search by criteria, {@code GET /desk/tickets?…}, by the bench agent, each
 * search one of {@link #KINDS}: a state; a category (its generated id) and a state; an
 * SLA status (urgent or late); a month of the last five years; the agent's own open
 * tickets, as its tile lists them; a request type and a priority.
 *
 * <p>
 * Settings: those of {@link TicketBench}, {@code bench.usersPerSec} 20 by default.
 */
public class DeskFilterSearchSimulation extends Simulation {

	static final List<String> KINDS = List.of("by state", "by category and state", "by SLA status", "by dates",
			"my open tickets", "by request type and priority");

	private static final List<String> STATES = List.of("NEW", "IN_PROGRESS", "WAITING_FOR_REQUESTER", "RESOLVED",
			"CLOSED", "CANCELLED");

	private static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "CRITICAL");

	private final CustomerSessions agents = CustomerSessions.agent();

	private final long seed = TicketBench.seed();

	private final Random random = new Random(42);

	private final ScenarioBuilder search = scenario("Agent searches by criteria")
		.feed(() -> Stream.generate(this::next).iterator())
		.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
		.exec(http("#{kind}").get("/desk/tickets")
			.queryParam("state", "#{state}")
			.queryParam("category", "#{category}")
			.queryParam("deadline", "#{deadline}")
			.queryParam("from", "#{from}")
			.queryParam("to", "#{to}")
			.queryParam("agent", "#{agent}")
			.queryParam("requestType", "#{requestType}")
			.queryParam("priority", "#{priority}")
			.queryParam("sort", "#{sort}")
			.queryParam("dir", "#{dir}")
			.check(status().is(200), css("h1").exists()));

	{
		setUp(this.agents.signIn(TicketBench.baseUrl())
			.injectOpen(atOnceUsers(TicketBench.sessions()))
			.andThen(this.search
				.injectOpen(constantUsersPerSec(TicketBench.usersPerSec(20)).during(TicketBench.duration()))))
			.protocols(TicketBench.protocol())
			.assertions(TicketBench.assertions(100, 200, KINDS.toArray(String[]::new)));
	}

	private Map<String, Object> next() {
		synchronized (this.random) {
			Map<String, Object> search = new HashMap<>();
			for (String parameter : List.of("state", "category", "deadline", "from", "to", "agent", "requestType",
					"priority", "sort", "dir")) {
				search.put(parameter, "");
			}
			int kind = this.random.nextInt(KINDS.size());
			search.put("kind", KINDS.get(kind));
			search.put("sessionCookie", this.agents.any(this.random));
			switch (kind) {
				case 0 -> search.put("state", STATES.get(this.random.nextInt(STATES.size())));
				case 1 -> {
					// the four categories the agent writes on, and the one it reads
					search.put("category",
							TicketReferenceData.categoryId(this.seed, this.random.nextInt(5)).toString());
					search.put("state", STATES.get(this.random.nextInt(STATES.size())));
				}
				case 2 -> search.put("deadline", this.random.nextBoolean() ? "URGENT" : "LATE");
				case 3 -> {
					LocalDate from = LocalDate.now().minusDays(30 + this.random.nextInt(5 * 365 - 30));
					search.put("from", from.toString());
					search.put("to", from.plusDays(30).toString());
				}
				case 4 -> {
					// the bench agent's id, as BenchDataGenerator draws it
					search.put("agent", GeneratedOrganization.uuid(new Random(this.seed)).toString());
					search.put("sort", "updated");
					search.put("dir", "asc");
				}
				default -> {
					search.put("requestType",
							TicketReferenceData.requestTypeId(this.seed, this.random.nextInt(6)).toString());
					search.put("priority", PRIORITIES.get(this.random.nextInt(PRIORITIES.size())));
				}
			}
			return search;
		}
	}

}
