package org.guichet.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After three failed sign-ins in a session, the sign-in form carries the bot challenge,
 * and a post without its answer is turned away before any password is checked.
 */
public class SignInChallengeFilter extends OncePerRequestFilter {

	/** Session attribute counting this session's failed sign-ins. */
	public static final String FAILURES = "guichet.signInFailures";

	/** Failures after which the challenge is asked. */
	public static final int THRESHOLD = 3;

	private final BotChallenge challenge;

	SignInChallengeFilter(BotChallenge challenge) {
		this.challenge = challenge;
	}

	/**
	 * @return whether the sign-in form of this session must carry the challenge
	 */
	public static boolean isRequired(HttpSession session) {
		return session != null && session.getAttribute(FAILURES) instanceof Integer failures && failures >= THRESHOLD;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().equals(request.getContextPath() + "/login");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isRequired(request.getSession(false)) && !this.challenge.verify(request.getParameter("altcha"),
				request.getParameter("botToken"), request.getParameter("botAnswer"))) {
			response.sendRedirect(request.getContextPath() + "/login?error&challenge");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Counts the failures of the session, then shows the sign-in page with its error.
	 */
	static class CountingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

		CountingFailureHandler() {
			super("/login?error");
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			HttpSession session = request.getSession();
			Object failures = session.getAttribute(FAILURES);
			session.setAttribute(FAILURES, (failures instanceof Integer count) ? count + 1 : 1);
			super.onAuthenticationFailure(request, response, exception);
		}

	}

}
