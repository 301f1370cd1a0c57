package org.guichet.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.organization.HouseholdView;
import org.guichet.shared.web.Navigation;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While a staff member acts for a household, every page shows the banner "Vous agissez
 * pour le foyer N° … — terminer", and the portal menu is theirs as it is the household's.
 */
@ControllerAdvice
class CounterModeAdvice {

	private final CounterMode counterMode;

	CounterModeAdvice(CounterMode counterMode) {
		this.counterMode = counterMode;
	}

	@ModelAttribute("counterMode")
	HouseholdView counterMode(@AuthenticationPrincipal GuichetUser user, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return this.counterMode.current(user, session).orElse(null);
	}

	/**
	 * Shows the portal's menu to staff acting for a household.
	 */
	@Configuration(proxyBeanMethods = false)
	static class PortalMenu implements WebMvcConfigurer {

		private final CounterMode counterMode;

		PortalMenu(CounterMode counterMode) {
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
							&& PortalMenu.this.counterMode.current(user, request.getSession(false)).isPresent()) {
						request.setAttribute(Navigation.EXTRA_AUTHORITY, GuichetUser.CUSTOMER);
					}
					return true;
				}

			});
		}

	}

}
