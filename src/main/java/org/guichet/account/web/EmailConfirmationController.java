package org.guichet.account.web;

import org.guichet.account.internal.EmailChangeService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The link sent to a new address. Opening it only shows a button: mail scanners that open
 * links must not change anybody's login.
 */
@Controller
class EmailConfirmationController {

	private final EmailChangeService emailChanges;

	EmailConfirmationController(EmailChangeService emailChanges) {
		this.emailChanges = emailChanges;
	}

	@GetMapping("/email/confirm/{token}")
	String page(@PathVariable String token) {
		if (!this.emailChanges.isValid(token)) {
			throw new ResponseStatusException(HttpStatus.GONE);
		}
		return "account/email-confirm";
	}

	@PostMapping("/email/confirm/{token}")
	String confirm(@PathVariable String token) {
		if (this.emailChanges.confirm(token).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.GONE);
		}
		return "redirect:/login?emailChanged";
	}

}
