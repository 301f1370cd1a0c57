package org.guichet.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.EmailAddress;
import org.guichet.account.PasswordPolicy;
import org.guichet.account.internal.BotChallenge;
import org.guichet.account.internal.PasswordResetService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mot de passe oublié": ask for a link, then choose a new password from it.
 */
@Controller
class PasswordResetController {

	private final PasswordResetService resets;

	private final PasswordPolicy policy;

	private final BotChallenge botChallenge;

	PasswordResetController(PasswordResetService resets, PasswordPolicy policy, BotChallenge botChallenge) {
		this.resets = resets;
		this.policy = policy;
		this.botChallenge = botChallenge;
	}

	@GetMapping("/password/forgot")
	String forgot(Model model) {
		model.addAttribute("botChallenge", this.botChallenge.create());
		return "account/password-forgot";
	}

	@PostMapping("/password/forgot")
	String requestLink(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) String altcha,
			@RequestParam(required = false) String botToken, @RequestParam(required = false) String botAnswer,
			Locale locale, Model model, HttpServletResponse response) {
		Optional<EmailAddress> address = EmailAddress.of(email);
		boolean human = this.botChallenge.verify(altcha, botToken, botAnswer);
		if (address.isEmpty() || !human) {
			model.addAttribute("email", email);
			model.addAttribute("emailInvalid", address.isEmpty());
			model.addAttribute("botError", !human);
			model.addAttribute("botChallenge", this.botChallenge.create());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "account/password-forgot";
		}
		this.resets.request(address.get(), locale);
		model.addAttribute("requested", true);
		return "account/password-forgot";
	}

	@GetMapping("/password/reset/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		noReferrer(response);
		Optional<String> login = this.resets.find(token);
		if (login.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return "account/password-reset-expired";
		}
		model.addAttribute("resetForm", new ResetForm("", ""));
		return page(model, login.get(), List.of(), false);
	}

	@PostMapping("/password/reset/{token}")
	String reset(@PathVariable String token, @ModelAttribute ResetForm resetForm, Model model,
			HttpServletResponse response) {
		noReferrer(response);
		Optional<String> login = this.resets.find(token);
		if (login.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return "account/password-reset-expired";
		}
		BindingResult errors = new BeanPropertyBindingResult(resetForm, "resetForm");
		PasswordFields.validate(resetForm.password(), resetForm.passwordConfirmation(), errors);
		List<PasswordPolicy.Violation> violations = this.resets.check(token, resetForm.password());
		if (!violations.isEmpty() && !errors.hasFieldErrors("password")) {
			errors.rejectValue("password", "password.error.policy");
		}
		if (!errors.hasErrors() && this.resets.reset(token, resetForm.password())) {
			return "redirect:/login?reset";
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "resetForm", errors);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(model, login.get(), violations, true);
	}

	private String page(Model model, String login, List<PasswordPolicy.Violation> violations, boolean typed) {
		model.addAttribute("login", login);
		model.addAttribute("passwordRules", PasswordRulesView.of(this.policy.rules(), violations, typed));
		return "account/password-reset";
	}

	/**
	 * The reset link is in the address bar: no request from this page may carry it away.
	 */
	private static void noReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	record ResetForm(String password, String passwordConfirmation) {

		@Override
		public String toString() {
			return "ResetForm[]";
		}

	}

}
