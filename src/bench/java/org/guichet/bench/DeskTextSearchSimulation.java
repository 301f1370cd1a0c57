package org.guichet.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import org.guichet.bench.TicketWords.Theme;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The desk's search by text, {@code GET /desk/tickets?text=}, by the bench agent: a word
 * of the generated subjects and messages (40 %), two words of one subject (40 %), or a
 * whole subject (20 %). Every search matches generated tickets the agent may see.
 *
 * <p>
 * Settings: those of {@link TicketBench}, {@code bench.usersPerSec} 20 by default.
 */
public class DeskTextSearchSimulation extends Simulation {

	static final List<String> KINDS = List.of("one word", "two words", "a subject");

	/** Subjects of the categories the bench agent sees. */
	private static final List<String> SUBJECTS = TicketWords.TYPES.stream()
		.filter((type) -> type.category() < 5)
		.flatMap((type) -> type.themes().stream())
		.map(Theme::subjects)
		.flatMap(List::stream)
		.toList();

	private final CustomerSessions agents = CustomerSessions.agent();

	private final Random random = new Random(42);

	private final ScenarioBuilder search = scenario("Agent searches by text")
		.feed(() -> Stream.generate(this::next).iterator())
		.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
		.exec(http("#{kind}").get("/desk/tickets")
			.queryParam("text", "#{text}")
			.check(status().is(200), css("a[href^='/desk/tickets/DI-']").count().gte(1)));

	{
		setUp(this.agents.signIn(TicketBench.baseUrl())
			.injectOpen(atOnceUsers(TicketBench.sessions()))
			.andThen(this.search
				.injectOpen(constantUsersPerSec(TicketBench.usersPerSec(20)).during(TicketBench.duration()))))
			.protocols(TicketBench.protocol())
			.assertions(TicketBench.assertions(150, 300, KINDS.toArray(String[]::new)));
	}

	private Map<String, Object> next() {
		synchronized (this.random) {
			int roll = this.random.nextInt(10);
			String subject = SUBJECTS.get(this.random.nextInt(SUBJECTS.size()));
			String text;
			int kind;
			if (roll < 4) {
				kind = 0;
				text = TicketWords.SEARCH_WORDS.get(this.random.nextInt(TicketWords.SEARCH_WORDS.size()));
			}
			else if (roll < 8) {
				kind = 1;
				List<String> words = Arrays.stream(subject.split("[ ']")).filter((word) -> word.length() > 3).toList();
				int first = this.random.nextInt(words.size());
				text = (words.size() < 2) ? words.get(first) : words.get(first) + " "
						+ words.get((first + 1 + this.random.nextInt(words.size() - 1)) % words.size());
			}
			else {
				kind = 2;
				text = subject;
			}
			return Map.of("kind", KINDS.get(kind), "text", text, "sessionCookie", this.agents.any(this.random));
		}
	}

}
