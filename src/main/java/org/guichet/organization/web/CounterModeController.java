package org.guichet.organization.web;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.organization.HouseholdView;
import org.guichet.organization.OrganizationId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Starts and ends acting for a household at the counter.
 */
@Controller
class CounterModeController {

	private final CounterMode counterMode;

	CounterModeController(CounterMode counterMode) {
		this.counterMode = counterMode;
	}

	@PostMapping("/desk/households/{id}/counter")
	String start(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, HttpSession session) {
		this.counterMode.start(user, new OrganizationId(id), session);
		return "redirect:/";
	}

	/**
	 * Ends it from any page, the banner's "terminer", back to the household's card.
	 */
	@PostMapping("/counter/end")
	String end(@AuthenticationPrincipal GuichetUser user, HttpSession session) {
		return this.counterMode.end(user, session)
			.map(HouseholdView::card)
			.map((card) -> "redirect:/desk/households/" + card.id())
			.orElse("redirect:" + user.homePath());
	}

}
