package org.guichet.account.web;

import java.util.ArrayList;
import java.util.List;

import org.guichet.account.PasswordPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Live feedback while a password is typed (htmx): which rules it already meets. The
 * server checks again, with everything it knows of the person, when the form is sent.
 */
@Controller
class PasswordFeedbackController {

	private final PasswordPolicy policy;

	PasswordFeedbackController(PasswordPolicy policy) {
		this.policy = policy;
	}

	@PostMapping("/password/feedback")
	String feedback(@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String login,
			Model model) {
		List<String> personal = new ArrayList<>(List.of(displayName));
		if (login.contains("@")) {
			personal.add(login.substring(0, login.indexOf('@')));
		}
		model.addAttribute("passwordRules",
				PasswordRulesView.of(this.policy.rules(), this.policy.check(password, personal), !password.isEmpty()));
		return "account/password-rules :: rules";
	}

}
