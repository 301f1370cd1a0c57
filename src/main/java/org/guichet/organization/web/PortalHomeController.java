package org.guichet.organization.web;

import org.guichet.account.GuichetUser;
import org.guichet.organization.Organizations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's home ("Tableau de bord"): the organizations the customer acts for. Staff
 * have no portal home and are sent to theirs.
 */
@Controller
class PortalHomeController {

	private final Organizations organizations;

	PortalHomeController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal GuichetUser user, Model model) {
		if (user.isStaff()) {
			return "redirect:" + user.homePath();
		}
		model.addAttribute("memberships", this.organizations.membershipsOf(user.id()));
		return "organization/portal-home";
	}

}
