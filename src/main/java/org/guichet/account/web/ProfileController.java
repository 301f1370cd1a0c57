package org.guichet.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.Accounts;
import org.guichet.account.GuichetUser;
import org.guichet.account.UserSummary;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mon profil": who I am, and the language Guichet speaks to me.
 */
@Controller
class ProfileController {

	private final Accounts accounts;

	private final LocaleResolver localeResolver;

	ProfileController(Accounts accounts, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal GuichetUser user, Model model) {
		UserSummary profile = this.accounts.find(user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("profile", profile);
		model.addAttribute("language", this.accounts.preferredLanguage(user.id()).orElse(null));
		return "account/profile";
	}

	@PostMapping("/profile/language")
	String changeLanguage(@AuthenticationPrincipal GuichetUser user, @RequestParam(defaultValue = "") String language,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		String chosen = switch (language) {
			case "fr", "en" -> language;
			case "" -> null;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		};
		this.accounts.changePreferredLanguage(user.id(), chosen);
		this.localeResolver.setLocale(request, response, (chosen != null) ? Locale.forLanguageTag(chosen) : null);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/profile";
	}

}
