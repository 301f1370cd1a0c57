package org.guichet.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.shared.web.Navigation;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Shows the portal's menu to staff acting for a household.
 */
@Configuration(proxyBeanMethods = false)
class CounterModeMenu implements WebMvcConfigurer {

	private final CounterMode counterMode;

	CounterModeMenu(CounterMode counterMode) {
		this.counterMode = counterMode;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof GuichetUser user
						&& user.isStaff()
						&& CounterModeMenu.this.counterMode.current(user, request.getSession(false)).isPresent()) {
					request.setAttribute(Navigation.EXTRA_AUTHORITY, GuichetUser.CUSTOMER);
				}
				return true;
			}

		});
	}

}
