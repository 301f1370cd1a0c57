package org.guichet.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.AccountProperties;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down whoever hammers the public forms: each IP address may post the sign-in form
 * {@code sign-ins-per-minute} times a minute, and the other public forms
 * {@code public-forms-per-minute} times; beyond that it gets a 429 page. The buckets live
 * in each node's memory (a few thousand addresses at most), which is enough against one
 * client hammering one node; the account lock protects the accounts themselves.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_TRACKED_ADDRESSES = 10_000;

	private static final Set<String> PUBLIC_FORMS = Set.of("/password/forgot", "/activate/resend", "/account-request");

	private final AccountProperties properties;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_TRACKED_ADDRESSES;
		}

	};

	RateLimitFilter(AccountProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || limitFor(path(request)) == 0;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		String form = path.equals("/login") ? "login" : "public";
		if (bucket(form + "|" + request.getRemoteAddr(), limitFor(path)).tryConsume(1)) {
			chain.doFilter(request, response);
		}
		else {
			response.setHeader("Retry-After", "60");
			response.sendError(429);
		}
	}

	private int limitFor(String path) {
		if (path.equals("/login")) {
			return this.properties.signInsPerMinute();
		}
		return PUBLIC_FORMS.contains(path) ? this.properties.publicFormsPerMinute() : 0;
	}

	private Bucket bucket(String key, int perMinute) {
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(key, (ignored) -> Bucket.builder()
				.addLimit(
						Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
				.build());
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
