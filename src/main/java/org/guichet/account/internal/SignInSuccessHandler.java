package org.guichet.account.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.Accounts;
import org.guichet.account.GuichetUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sends each user to their home after signing in (or back to the page they asked for), in
 * the language they chose in their profile.
 */
@Component
public class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	/**
	 * Session attribute set while the user's password has expired and is not yet changed.
	 */
	public static final String PASSWORD_EXPIRED = "guichet.passwordExpired";

	private final Accounts accounts;

	private final LocaleResolver localeResolver;

	SignInSuccessHandler(Accounts accounts, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		request.getSession().removeAttribute(SignInChallengeFilter.FAILURES);
		String agent = request.getHeader("User-Agent");
		request.getSession()
			.setAttribute(MySessions.DEVICE,
					(agent == null) ? null : agent.substring(0, Math.min(agent.length(), 200)));
		if (authentication.getPrincipal() instanceof GuichetUser user) {
			this.accounts.preferredLanguage(user.id())
				.ifPresent((language) -> this.localeResolver.setLocale(request, response,
						Locale.forLanguageTag(language)));
		}
		if (authentication.getPrincipal() instanceof GuichetUser user && this.accounts.isPasswordExpired(user.id())) {
			// Before anything else: the profile, to choose a new password.
			request.getSession().setAttribute(PASSWORD_EXPIRED, Boolean.TRUE);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, "/profile");
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

}
