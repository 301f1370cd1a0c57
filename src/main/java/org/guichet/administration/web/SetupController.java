package org.guichet.administration.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.guichet.account.EmailAddress;
import org.guichet.account.EmailAlreadyUsedException;
import org.guichet.administration.internal.FirstRunSetup;
import org.guichet.administration.internal.FirstRunSetup.InvalidSetupTokenException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one-time page that creates the first administrator of a fresh installation.
 */
@Controller
class SetupController {

	private final FirstRunSetup setup;

	SetupController(FirstRunSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/setup/{token}")
	String form(@PathVariable String token, Model model) {
		requireValid(token);
		model.addAttribute("setupForm", SetupForm.empty());
		return "administration/setup";
	}

	@PostMapping("/setup/{token}")
	String complete(@PathVariable String token, @Valid @ModelAttribute SetupForm setupForm, BindingResult errors,
			HttpServletResponse response) {
		requireValid(token);
		if (!errors.hasFieldErrors("password") && !setupForm.password().equals(setupForm.passwordConfirmation())) {
			errors.rejectValue("passwordConfirmation", "setup.error.passwordMismatch");
		}
		if (!errors.hasFieldErrors("email") && EmailAddress.of(setupForm.email()).isEmpty()) {
			errors.rejectValue("email", "setup.error.email");
		}
		if (!errors.hasErrors()) {
			try {
				this.setup.complete(token, setupForm.administrator());
				return "redirect:/login?setup";
			}
			catch (EmailAlreadyUsedException ex) {
				errors.rejectValue("email", "setup.error.emailUsed");
			}
			catch (InvalidSetupTokenException ex) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "administration/setup";
	}

	private void requireValid(String token) {
		if (!this.setup.isValid(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
