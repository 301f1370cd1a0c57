package org.guichet.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Numbers of the big organization's tickets, read silently from its list before the load
 * (they depend on the day the tickets were generated): any of them, or those each
 * signed-in customer filed and may still answer.
 */
final class TicketNumbers {

	/** Number and session cookie of each ticket found. */
	private final List<String[]> found = new CopyOnWriteArrayList<>();

	/**
	 * @return a scenario for one user that reads up to {@code pages} pages of 100 of
	 * every request of the organization, with the first session
	 */
	ScenarioBuilder anyOf(CustomerSessions customers, int pages) {
		return scenario("Finds tickets")
			.exec((session) -> session.set("sessionCookie", customers.cookie(0))
				.set("next", "/tickets?closed=true&size=100"))
			.exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
			.repeat(pages)
			.on(exec(page("#{next}", "DI-[0-9]+-[0-9]+")));
	}

	/**
	 * @return a scenario for one user that reads, for each signed-in customer, the
	 * organization's requests new, in progress and waiting for the requester, and keeps
	 * those the customer filed (the list names the requester)
	 */
	ScenarioBuilder answerableBy(CustomerSessions customers) {
		return scenario("Finds tickets to answer").repeat((session) -> customers.size(), "i").on(exec((session) -> {
			int i = session.getInt("i");
			String email = customers.email(i);
			String n = email.substring(email.length() - "01@guichet.test".length(),
					email.length() - "@guichet.test".length());
			return session.set("sessionCookie", customers.cookie(i)).set("name", "Demandeur Grand compte " + n);
		}).exec(addCookie(Cookie(OrganizationSearchSimulation.SESSION_COOKIE, "#{sessionCookie}")))
			.foreach(List.of("NEW", "IN_PROGRESS", "WAITING_FOR_REQUESTER"), "state")
			.on(exec((session) -> session.set("next", "/tickets?size=100&state=" + session.getString("state")))
				.exec(page("#{next}", "DI-[0-9]+-[0-9]+(?=\">(?:(?!</tr>).)*<td>#{name}</td>)"))));
	}

	private ChainBuilder page(String url, String pattern) {
		return exec((session) -> session.remove("numbers")).doIf((session) -> session.contains("next"))
			.then(exec(http("list").get(url)
				.silent()
				.check(status().is(200), regex("(?s)/tickets/(" + pattern + ")").findAll().optional().saveAs("numbers"),
						regex("href=\"(/tickets\\?[^\"]*after=[^\"]*)\"").optional().saveAs("after")))
				.exec((session) -> {
					if (session.contains("numbers")) {
						for (String number : session.<String>getList("numbers")) {
							this.found.add(new String[] { number, session.getString("sessionCookie") });
						}
					}
					return session.contains("after")
							? session.set("next", session.getString("after").replace("&amp;", "&")).remove("after")
							: session.remove("next");
				}));
	}

	List<String[]> found() {
		return this.found;
	}

}
