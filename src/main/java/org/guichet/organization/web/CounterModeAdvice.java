package org.guichet.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.organization.HouseholdView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * While a staff member acts for a household, every page shows the banner "Vous agissez
 * pour le foyer N° … — terminer" ({@link CounterModeMenu} gives them the portal's menu).
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

}
