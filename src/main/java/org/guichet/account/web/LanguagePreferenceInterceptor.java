package org.guichet.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.Accounts;
import org.guichet.account.GuichetUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Remembers the language a signed-in user picks in the header, so that the next sign-in,
 * from any browser, speaks it too.
 */
@Component
class LanguagePreferenceInterceptor implements HandlerInterceptor {

	private final Accounts accounts;

	LanguagePreferenceInterceptor(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String language = request.getParameter("lang");
		if (("fr".equals(language) || "en".equals(language)) && "GET".equals(request.getMethod())) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof GuichetUser user) {
				this.accounts.changePreferredLanguage(user.id(), language);
			}
		}
		return true;
	}

}
