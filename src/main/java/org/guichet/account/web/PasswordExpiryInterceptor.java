package org.guichet.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.internal.SignInSuccessHandler;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * While a user's password has expired, every page but the profile (where they change it)
 * and sign-out leads to the profile; while a staff user must set up two-factor
 * authentication, every page leads to its setup.
 */
@Component
class PasswordExpiryInterceptor implements HandlerInterceptor {

	static final String EXPIRED = SignInSuccessHandler.PASSWORD_EXPIRED;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/logout") || path.equals("/password/feedback") || path.startsWith("/error")) {
			return true;
		}
		if (session.getAttribute(EXPIRED) != null && !(path.equals("/profile") || path.startsWith("/profile/"))) {
			response.sendRedirect(request.getContextPath() + "/profile");
			return false;
		}
		if (session.getAttribute(SignInSuccessHandler.TWO_FACTOR_SETUP_REQUIRED) != null
				&& !path.startsWith("/profile/two-factor")) {
			response.sendRedirect(request.getContextPath() + "/profile/two-factor");
			return false;
		}
		return true;
	}

}
