package org.guichet.account.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.Accounts;
import org.guichet.account.GuichetUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What happens once the password is right. With two-factor authentication on, the user is
 * not signed in yet: the authentication waits in the session (five minutes at most) for
 * the code. Then each user lands on their home (or the page they asked for), in the
 * language of their profile; an expired password, or staff without the required second
 * factor, go to their profile first.
 */
@Component
public class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	/**
	 * Session attribute set while the user's password has expired and is not yet changed.
	 */
	public static final String PASSWORD_EXPIRED = "guichet.passwordExpired";

	/**
	 * Session attribute set while a staff user must still set up two-factor
	 * authentication.
	 */
	public static final String TWO_FACTOR_SETUP_REQUIRED = "guichet.twoFactorSetupRequired";

	/** Session attribute holding a sign-in that waits for its second factor. */
	public static final String PENDING_TWO_FACTOR = "guichet.pendingTwoFactor";

	private static final Duration PENDING_VALIDITY = Duration.ofMinutes(5);

	private final Accounts accounts;

	private final LocaleResolver localeResolver;

	private final TwoFactorService twoFactor;

	private final AccountSettingsService settings;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignInSuccessHandler(Accounts accounts, LocaleResolver localeResolver, TwoFactorService twoFactor,
			AccountSettingsService settings, Clock clock) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
		this.twoFactor = twoFactor;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		request.getSession().removeAttribute(SignInChallengeFilter.FAILURES);
		if (authentication.getPrincipal() instanceof GuichetUser user && this.twoFactor.isEnabled(user.id())) {
			request.getSession()
				.setAttribute(PENDING_TWO_FACTOR,
						new PendingTwoFactor(authentication, this.clock.instant().plus(PENDING_VALIDITY), 0));
			SecurityContextHolder.clearContext();
			this.contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
			getRedirectStrategy().sendRedirect(request, response, "/login/two-factor");
			return;
		}
		complete(request, response, authentication);
	}

	/**
	 * Signs in the user whose second factor was just checked.
	 */
	public void completeTwoFactor(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		request.getSession().removeAttribute(PENDING_TWO_FACTOR);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		complete(request, response, authentication);
	}

	private void complete(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws ServletException, IOException {
		HttpSession session = request.getSession();
		String agent = request.getHeader("User-Agent");
		session.setAttribute(UserSessions.DEVICE,
				(agent == null) ? null : agent.substring(0, Math.min(agent.length(), 200)));
		if (!(authentication.getPrincipal() instanceof GuichetUser user)) {
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		this.accounts.preferredLanguage(user.id())
			.ifPresent((language) -> this.localeResolver.setLocale(request, response, Locale.forLanguageTag(language)));
		if (this.accounts.isPasswordExpired(user.id())) {
			session.setAttribute(PASSWORD_EXPIRED, Boolean.TRUE);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, "/profile");
			return;
		}
		if (this.settings.current().twoFactorRequiredForStaff() && user.isStaff()
				&& !this.twoFactor.isEnabled(user.id())) {
			session.setAttribute(TWO_FACTOR_SETUP_REQUIRED, Boolean.TRUE);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, "/profile/two-factor");
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (authentication.getPrincipal() instanceof GuichetUser user) {
			return user.homePath();
		}
		return "/";
	}

	/**
	 * A sign-in whose password was right, waiting for its second factor.
	 *
	 * @param authentication the authentication to complete
	 * @param expiresAt when the code must have been given
	 * @param failures wrong codes so far
	 */
	public record PendingTwoFactor(Authentication authentication, Instant expiresAt,
			int failures) implements Serializable {

		public boolean isExpired(Instant now) {
			return now.isAfter(this.expiresAt);
		}

		public PendingTwoFactor failed() {
			return new PendingTwoFactor(this.authentication, this.expiresAt, this.failures + 1);
		}

	}

}
