package org.guichet.ticket.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.organization.ActingOrganization;
import org.guichet.organization.MembershipView;
import org.guichet.organization.Organizations;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.internal.TicketQueries;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's home ("Tableau de bord"): the organization's tickets per state, each a
 * link to the list, the tickets opened per month over a year as a chart and a table, and
 * the organizations the customer acts for. Staff see it for the household they serve at
 * the counter, and are sent to the desk otherwise.
 */
@Controller
class PortalDashboardController {

	/** The tiles, in the order of the workflow. */
	static final List<TicketState> TILES = List.of(TicketState.NEW, TicketState.IN_PROGRESS,
			TicketState.WAITING_FOR_REQUESTER, TicketState.RESOLVED, TicketState.CLOSED, TicketState.CANCELLED);

	private final ActingOrganization actingOrganization;

	private final Organizations organizations;

	private final TicketQueries queries;

	PortalDashboardController(ActingOrganization actingOrganization, Organizations organizations,
			TicketQueries queries) {
		this.actingOrganization = actingOrganization;
		this.organizations = organizations;
		this.queries = queries;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal GuichetUser user, HttpSession session, Model model) {
		Optional<MembershipView> acting = this.actingOrganization.of(user, session);
		if (user.isStaff() && acting.isEmpty()) {
			return "redirect:" + user.homePath();
		}
		model.addAttribute("memberships",
				user.isStaff() ? List.of(acting.get()) : this.organizations.membershipsOf(user.id()));
		acting.ifPresent((membership) -> {
			model.addAttribute("acting", membership);
			model.addAttribute("tiles", TILES);
			model.addAttribute("counts", this.queries.countsByState(membership.organizationId()));
			model.addAttribute("months", this.queries.openedPerMonth(membership.organizationId()));
		});
		return "ticket/dashboard";
	}

}
