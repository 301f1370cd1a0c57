package org.guichet.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What the ticket, portal and desk simulations share: their settings (system properties
 * or environment variables, see {@link BenchSettings}), the HTTP protocol and the
 * assertions.
 *
 * <p>
 * {@code bench.baseUrl} (default http://127.0.0.1:8090), {@code bench.usersPerSec} (each
 * simulation its default), {@code bench.seconds} (60), {@code bench.sessions} (10),
 * {@code bench.p95} and {@code bench.p99} (the targets in ms, each simulation its
 * defaults) and {@code bench.seed} (2026, as generated).
 */
final class TicketBench {

	private TicketBench() {
	}

	static String baseUrl() {
		return BenchSettings.get("bench.baseUrl", "http://127.0.0.1:8090");
	}

	static long seed() {
		return Long.parseLong(BenchSettings.get("bench.seed", "2026"));
	}

	static double usersPerSec(double defaultRate) {
		return Double.parseDouble(BenchSettings.get("bench.usersPerSec", Double.toString(defaultRate)));
	}

	static Duration duration() {
		return Duration.ofSeconds(BenchSettings.integer("bench.seconds", 60));
	}

	static int sessions() {
		return BenchSettings.integer("bench.sessions", 10);
	}

	static HttpProtocolBuilder protocol() {
		return http.baseUrl(baseUrl())
			.acceptHeader("text/html")
			.acceptLanguageHeader("fr-FR,fr;q=0.9")
			.userAgentHeader("Guichet benchmark")
			.disableFollowRedirect();
	}

	/**
	 * @return no failed request, and p95 and p99 under their targets overall and for each
	 * named request
	 */
	static List<Assertion> assertions(int p95, int p99, String... requests) {
		int p95Target = BenchSettings.integer("bench.p95", p95);
		int p99Target = BenchSettings.integer("bench.p99", p99);
		List<Assertion> assertions = new ArrayList<>();
		assertions.add(global().failedRequests().count().is(0L));
		assertions.add(global().responseTime().percentile(95.0).lt(p95Target));
		assertions.add(global().responseTime().percentile(99.0).lt(p99Target));
		for (String request : requests) {
			assertions.add(details(request).responseTime().percentile(95.0).lt(p95Target));
			assertions.add(details(request).responseTime().percentile(99.0).lt(p99Target));
		}
		return assertions;
	}

	static <T> T pick(Random random, List<T> values) {
		synchronized (random) {
			return values.get(random.nextInt(values.size()));
		}
	}

}
