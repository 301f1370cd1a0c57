package org.guichet.desk.web;

import org.guichet.account.GuichetUser;
import org.guichet.ticket.DeskTickets;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The desk's home ("Tâches"), where agents and managers land: what is new and nobody
 * handles, what is theirs, what waits for the requester, what they did and what closed
 * last, in their categories.
 */
@Controller
class DeskHomeController {

	private final DeskTickets desk;

	DeskHomeController(DeskTickets desk) {
		this.desk = desk;
	}

	@GetMapping("/desk")
	String home(@AuthenticationPrincipal GuichetUser user, Model model) {
		model.addAttribute("staffRole", user.staffRole().orElseThrow());
		model.addAttribute("overview", this.desk.overview(DeskTicketsController.deskUser(user)));
		model.addAttribute("me", user.id().value());
		return "desk/home";
	}

}
