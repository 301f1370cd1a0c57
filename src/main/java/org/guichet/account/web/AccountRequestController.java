package org.guichet.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.EmailAddress;
import org.guichet.account.internal.AccountRequestService;
import org.guichet.account.internal.BotChallenge;
import org.guichet.shared.PhoneNumbers;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Demander un compte": the public form for people without an account.
 */
@Controller
class AccountRequestController {

	private final AccountRequestService requests;

	private final BotChallenge botChallenge;

	AccountRequestController(AccountRequestService requests, BotChallenge botChallenge) {
		this.requests = requests;
		this.botChallenge = botChallenge;
	}

	@GetMapping("/account-request")
	String form(Model model) {
		model.addAttribute("requestForm", new RequestForm("", "", "", "", "", "", ""));
		model.addAttribute("botChallenge", this.botChallenge.create());
		return "account/account-request";
	}

	@PostMapping("/account-request")
	String submit(@ModelAttribute RequestForm requestForm, BindingResult errors,
			@RequestParam(required = false) String altcha, @RequestParam(required = false) String botToken,
			@RequestParam(required = false) String botAnswer, Locale locale, Model model,
			HttpServletResponse response) {
		requestForm.validate(errors);
		boolean human = this.botChallenge.verify(altcha, botToken, botAnswer);
		if (errors.hasErrors() || !human) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("botError", !human);
			model.addAttribute("botChallenge", this.botChallenge.create());
			return "account/account-request";
		}
		this.requests.submit(requestForm.lastName(), requestForm.firstName(), requestForm.phone(),
				EmailAddress.of(requestForm.email()).orElseThrow(), requestForm.organizationName(),
				requestForm.customerCode(), requestForm.message(), locale);
		model.addAttribute("sent", true);
		return "account/account-request";
	}

	record RequestForm(String lastName, String firstName, String phone, String email, String organizationName,
			String customerCode, String message) {

		void validate(Errors errors) {
			required(errors, "lastName", this.lastName, 100);
			required(errors, "firstName", this.firstName, 100);
			required(errors, "organizationName", this.organizationName, 200);
			if (this.email == null || this.email.isBlank()) {
				errors.rejectValue("email", "NotBlank");
			}
			else if (EmailAddress.of(this.email).isEmpty()) {
				errors.rejectValue("email", "Email");
			}
			if (!PhoneNumbers.isAcceptable(this.phone)) {
				errors.rejectValue("phone", "form.error.phone");
			}
			optional(errors, "customerCode", this.customerCode, 40);
			optional(errors, "message", this.message, 2000);
		}

		private static void required(Errors errors, String field, String value, int max) {
			if (value == null || value.isBlank()) {
				errors.rejectValue(field, "NotBlank");
			}
			else {
				optional(errors, field, value, max);
			}
		}

		private static void optional(Errors errors, String field, String value, int max) {
			if (value != null && value.strip().length() > max) {
				errors.rejectValue(field, "form.error.tooLong", new Object[] { max }, null);
			}
		}

	}

}
