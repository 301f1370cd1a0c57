package org.guichet.organization.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.organization.MembershipView;
import org.guichet.organization.Organizations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's home ("Tableau de bord"): the organizations the customer acts for. Staff
 * see it for the household they serve at the counter, and are sent to theirs otherwise.
 */
@Controller
class PortalHomeController {

	private final Organizations organizations;

	private final CounterMode counterMode;

	PortalHomeController(Organizations organizations, CounterMode counterMode) {
		this.organizations = organizations;
		this.counterMode = counterMode;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal GuichetUser user, HttpSession session, Model model) {
		if (user.isStaff()) {
			Optional<MembershipView> household = this.counterMode.membership(user, session);
			if (household.isEmpty()) {
				return "redirect:" + user.homePath();
			}
			model.addAttribute("memberships", List.of(household.get()));
			return "organization/portal-home";
		}
		model.addAttribute("memberships", this.organizations.membershipsOf(user.id()));
		return "organization/portal-home";
	}

}
