package org.guichet.account.web;

import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.account.internal.BotChallenge;
import org.guichet.account.internal.SignInChallengeFilter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	private final BotChallenge botChallenge;

	LoginController(BotChallenge botChallenge) {
		this.botChallenge = botChallenge;
	}

	@GetMapping("/login")
	String login(@AuthenticationPrincipal GuichetUser user, @RequestParam(required = false) String error,
			@RequestParam(required = false) String logout, @RequestParam(required = false) String setup,
			@RequestParam(required = false) String expired, @RequestParam(required = false) String activated,
			@RequestParam(required = false) String reset, @RequestParam(required = false) String challenge,
			@RequestParam(required = false) String emailChanged, HttpSession session, Model model) {
		if (user != null) {
			return "redirect:" + user.homePath();
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("setupDone", setup != null);
		model.addAttribute("expired", expired != null);
		if (SignInChallengeFilter.isRequired(session)) {
			model.addAttribute("botChallenge", this.botChallenge.create());
			model.addAttribute("botError", challenge != null);
		}
		model.addAttribute("activated", activated != null);
		model.addAttribute("passwordReset", reset != null);
		model.addAttribute("emailChanged", emailChanged != null);
		return "account/login";
	}

}
