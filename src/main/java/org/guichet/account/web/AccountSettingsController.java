package org.guichet.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.account.PasswordPolicy;
import org.guichet.account.internal.AccountSettings;
import org.guichet.account.internal.AccountSettingsService;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Règles des comptes" in admin: the password policy, the password's maximum age and
 * whether staff must use two-factor authentication.
 */
@Controller
@RequestMapping("/admin/account-settings")
class AccountSettingsController {

	private final AccountSettingsService settings;

	AccountSettingsController(AccountSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	String show(Model model) {
		AccountSettings current = this.settings.current();
		model.addAttribute("settingsForm",
				new SettingsForm(current.passwordRules().name(), String.valueOf(current.passwordMaxAgeDays() != null),
						(current.passwordMaxAgeDays() != null) ? current.passwordMaxAgeDays().toString() : "90",
						String.valueOf(current.twoFactorRequiredForStaff())));
		return page(model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal GuichetUser admin, @ModelAttribute SettingsForm settingsForm,
			BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PasswordPolicy.Rules rules = null;
		try {
			rules = PasswordPolicy.Rules.valueOf(String.valueOf(settingsForm.passwordRules()));
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("passwordRules", "accountSettings.error.rules");
		}
		Integer maxAgeDays = null;
		if (settingsForm.expires()) {
			try {
				maxAgeDays = Integer.valueOf(String.valueOf(settingsForm.maxAgeDays()).strip());
			}
			catch (NumberFormatException ex) {
				maxAgeDays = -1;
			}
			if (maxAgeDays < 1 || maxAgeDays > AccountSettings.LONGEST_MAX_AGE_DAYS) {
				errors.rejectValue("maxAgeDays", "accountSettings.error.maxAge",
						new Object[] { AccountSettings.LONGEST_MAX_AGE_DAYS }, null);
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model);
		}
		this.settings.update(new AccountSettings(rules, maxAgeDays, settingsForm.twoFactorRequired()), admin.id());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/account-settings";
	}

	private String page(Model model) {
		model.addAttribute("rules", PasswordPolicy.Rules.values());
		model.addAttribute("defaults", this.settings.defaults());
		return "account/admin-account-settings";
	}

	/**
	 * The form as typed: text, so that a wrong value comes back next to its field rather
	 * than failing to bind. A checkbox is ticked when it sends {@code true}.
	 */
	public record SettingsForm(String passwordRules, String expire, String maxAgeDays, String twoFactorForStaff) {

		public boolean expires() {
			return "true".equals(this.expire);
		}

		public boolean twoFactorRequired() {
			return "true".equals(this.twoFactorForStaff);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem accountSettingsNavigation() {
			return new NavigationItem(Area.ADMIN, "nav.admin.accountSettings", "/admin/account-settings", 70,
					"ROLE_ADMINISTRATOR");
		}

	}

}
