package org.guichet.account.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

import org.guichet.account.ContactMedium;
import org.guichet.account.EmailAddress;
import org.guichet.account.GuichetUser;
import org.guichet.account.NotificationTopic;
import org.guichet.account.PasswordPolicy;
import org.guichet.account.internal.EmailChangeService;
import org.guichet.account.internal.ProfileService;
import org.guichet.account.internal.ProfileService.Profile;
import org.guichet.account.internal.UserSessions;
import org.guichet.shared.Civility;
import org.guichet.shared.GuichetProperties;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mon profil": my details and language, my password, my open sessions.
 */
@Controller
class ProfileController {

	private final ProfileService profiles;

	private final UserSessions sessions;

	private final PasswordPolicy policy;

	private final LocaleResolver localeResolver;

	private final ZoneId zone;

	private final EmailChangeService emailChanges;

	ProfileController(ProfileService profiles, UserSessions sessions, PasswordPolicy policy,
			LocaleResolver localeResolver, GuichetProperties properties, EmailChangeService emailChanges) {
		this.emailChanges = emailChanges;
		this.profiles = profiles;
		this.sessions = sessions;
		this.policy = policy;
		this.localeResolver = localeResolver;
		this.zone = properties.timeZone();
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal GuichetUser user, HttpServletRequest request, Model model) {
		Profile profile = profile(user);
		model.addAttribute("detailsForm", DetailsForm.of(profile));
		model.addAttribute("passwordForm", new PasswordForm("", "", "", true));
		return page(user, profile, request, model, List.of(), false);
	}

	@PostMapping("/profile")
	String updateDetails(@AuthenticationPrincipal GuichetUser user, @ModelAttribute DetailsForm detailsForm,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		detailsForm.validate(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("passwordForm", new PasswordForm("", "", "", true));
			return page(user, profile(user), request, model, List.of(), false);
		}
		String language = detailsForm.language().isEmpty() ? null : detailsForm.language();
		this.profiles.update(user.id(), detailsForm.chosenCivility(), detailsForm.displayName(), detailsForm.phone(),
				language, detailsForm.chosenNotifications(), detailsForm.chosenContact());
		this.localeResolver.setLocale(request, response, (language != null) ? Locale.forLanguageTag(language) : null);
		redirect.addFlashAttribute("saved", "profile.saved");
		return "redirect:/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@AuthenticationPrincipal GuichetUser user, @ModelAttribute PasswordForm passwordForm,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		BindingResult errors = new BeanPropertyBindingResult(passwordForm, "passwordForm");
		if (!this.profiles.checkCurrentPassword(user.id(), passwordForm.currentPassword())) {
			errors.rejectValue("currentPassword", "profile.password.wrongCurrent");
		}
		PasswordFields.validate(passwordForm.password(), passwordForm.passwordConfirmation(), errors);
		List<PasswordPolicy.Violation> violations = this.profiles.check(user.id(), passwordForm.password());
		if (!violations.isEmpty() && !errors.hasFieldErrors("password")) {
			errors.rejectValue("password", "password.error.policy");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Profile profile = profile(user);
			model.addAttribute("passwordForm", new PasswordForm("", "", "", passwordForm.endOtherSessions()));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "passwordForm", errors);
			model.addAttribute("detailsForm", DetailsForm.of(profile));
			return page(user, profile, request, model, violations, true);
		}
		this.profiles.changePassword(user.id(), passwordForm.password());
		if (Boolean.TRUE.equals(passwordForm.endOtherSessions())) {
			this.sessions.endOthers(user.email(), request.getSession().getId());
		}
		request.getSession().removeAttribute(PasswordExpiryInterceptor.EXPIRED);
		redirect.addFlashAttribute("saved", "profile.password.changed");
		return "redirect:/profile";
	}

	@PostMapping("/profile/email")
	String changeEmail(@AuthenticationPrincipal GuichetUser user, @RequestParam(defaultValue = "") String newEmail,
			@RequestParam(defaultValue = "") String emailPassword, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Optional<EmailAddress> address = EmailAddress.of(newEmail);
		String error = null;
		if (address.isEmpty()) {
			error = "Email";
		}
		else {
			error = switch (this.emailChanges.request(user.id(), address.get(), emailPassword, locale)) {
				case LINK_SENT -> null;
				case WRONG_PASSWORD -> "profile.password.wrongCurrent";
				case ADDRESS_USED -> "profile.email.used";
				case SAME_ADDRESS -> "profile.email.same";
			};
		}
		if (error == null) {
			redirect.addFlashAttribute("saved", "profile.email.sent");
			return "redirect:/profile";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		Profile profile = profile(user);
		model.addAttribute("detailsForm", DetailsForm.of(profile));
		model.addAttribute("passwordForm", new PasswordForm("", "", "", true));
		model.addAttribute("newEmail", newEmail);
		model.addAttribute("emailError", error);
		return page(user, profile, request, model, List.of(), false);
	}

	@PostMapping("/profile/sessions/{handle}/end")
	String endSession(@AuthenticationPrincipal GuichetUser user, @PathVariable String handle,
			RedirectAttributes redirect) {
		if (!this.sessions.end(user.email(), handle)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("saved", "profile.sessions.ended");
		return "redirect:/profile";
	}

	private Profile profile(GuichetUser user) {
		return this.profiles.find(user.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String page(GuichetUser user, Profile profile, HttpServletRequest request, Model model,
			List<PasswordPolicy.Violation> violations, boolean typed) {
		model.addAttribute("profile", profile);
		model.addAttribute("civilities", Civility.values());
		model.addAttribute("topics", NotificationTopic.values());
		model.addAttribute("contactMedia", ContactMedium.values());
		model.addAttribute("passwordExpired",
				request.getSession().getAttribute(PasswordExpiryInterceptor.EXPIRED) != null);
		model.addAttribute("passwordRules", PasswordRulesView.of(this.policy.rules(), violations, typed));
		model.addAttribute("openSessions",
				this.sessions.of(user.email(), request.getSession().getId())
					.stream()
					.map((session) -> new SessionView(session.handle(), session.device(),
							LocalDateTime.ofInstant(session.created(), this.zone),
							LocalDateTime.ofInstant(session.lastActivity(), this.zone), session.current()))
					.toList());
		return "account/profile";
	}

	record SessionView(String handle, String device, LocalDateTime created, LocalDateTime lastActivity,
			boolean current) {
	}

	record PasswordForm(String currentPassword, String password, String passwordConfirmation,
			Boolean endOtherSessions) {

		@Override
		public String toString() {
			return "PasswordForm[]";
		}

	}

}
