package org.guichet.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.internal.SignInSuccessHandler;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * While a user's password has expired, every page but the profile (where they change it)
 * and sign-out leads to the profile.
 */
@Component
class PasswordExpiryInterceptor implements HandlerInterceptor {

	static final String EXPIRED = SignInSuccessHandler.PASSWORD_EXPIRED;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(EXPIRED) == null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/profile") || path.startsWith("/profile/") || path.equals("/logout")
				|| path.equals("/password/feedback") || path.startsWith("/error")) {
			return true;
		}
		response.sendRedirect(request.getContextPath() + "/profile");
		return false;
	}

}
