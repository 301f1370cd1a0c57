package org.guichet.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.PasswordPolicy;
import org.guichet.account.internal.ActivationService;
import org.guichet.account.internal.ActivationService.PendingActivation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Account activation from the invitation mail ("Activez votre compte").
 */
@Controller
class ActivationController {

	private final ActivationService activations;

	private final PasswordPolicy policy;

	ActivationController(ActivationService activations, PasswordPolicy policy) {
		this.activations = activations;
		this.policy = policy;
	}

	@GetMapping("/activate/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<PendingActivation> pending = this.activations.find(token);
		if (pending.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return "account/activation-expired";
		}
		PendingActivation activation = pending.get();
		model.addAttribute("activationForm", new ActivationForm(activation.displayName(), activation.phone(),
				(activation.language() != null) ? activation.language() : "fr", "", ""));
		return page(model, activation, List.of(), false);
	}

	@PostMapping("/activate/{token}")
	String activate(@PathVariable String token, @ModelAttribute ActivationForm activationForm, BindingResult errors,
			Model model, HttpServletResponse response) {
		Optional<PendingActivation> pending = this.activations.find(token);
		if (pending.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return "account/activation-expired";
		}
		activationForm.validate(errors);
		List<PasswordPolicy.Violation> violations = this.activations.check(token, activationForm.password(),
				activationForm.displayName());
		if (!violations.isEmpty() && !errors.hasFieldErrors("password")) {
			errors.rejectValue("password", "password.error.policy");
		}
		if (!errors.hasErrors() && this.activations.activate(token, activationForm.displayName(),
				activationForm.phone(), activationForm.language(), activationForm.password())) {
			return "redirect:/login?activated";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(model, pending.get(), violations, true);
	}

	@PostMapping("/activate/resend")
	String resend(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
		this.activations.resend(email, locale);
		model.addAttribute("resent", true);
		return "account/activation-expired";
	}

	private String page(Model model, PendingActivation activation, List<PasswordPolicy.Violation> violations,
			boolean typed) {
		model.addAttribute("activation", activation);
		model.addAttribute("passwordRules", PasswordRulesView.of(this.policy.rules(), violations, typed));
		return "account/activation";
	}

}
