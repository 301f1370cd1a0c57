package org.guichet.desk.web;

import org.guichet.account.GuichetUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The desk's home ("Tâches"), where agents and managers land.
 */
@Controller
class DeskHomeController {

	@GetMapping("/desk")
	String home(@AuthenticationPrincipal GuichetUser user, Model model) {
		model.addAttribute("staffRole", user.staffRole().orElseThrow());
		return "desk/home";
	}

}
