package org.guichet.account.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.account.internal.SignInSuccessHandler;
import org.guichet.account.internal.SignInSuccessHandler.PendingTwoFactor;
import org.guichet.account.internal.TwoFactorSecret;
import org.guichet.account.internal.TwoFactorService;
import org.guichet.notification.MailBranding;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-factor authentication: the code asked after the password, and setting it up in the
 * profile.
 */
@Controller
class TwoFactorController {

	private static final int MAX_FAILURES = 5;

	private static final String ENROLLING = "guichet.twoFactorEnrolling";

	private final TwoFactorService twoFactor;

	private final SignInSuccessHandler signIn;

	private final MailBranding branding;

	private final Clock clock;

	private final MessageSource messages;

	TwoFactorController(TwoFactorService twoFactor, SignInSuccessHandler signIn, MailBranding branding, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.twoFactor = twoFactor;
		this.signIn = signIn;
		this.branding = branding;
		this.clock = clock;
	}

	@GetMapping("/login/two-factor")
	String challenge(HttpSession session) {
		return (pending(session).isPresent()) ? "account/two-factor-challenge" : "redirect:/login";
	}

	@PostMapping("/login/two-factor")
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws ServletException, IOException {
		HttpSession session = request.getSession();
		Optional<PendingTwoFactor> pending = pending(session);
		if (pending.isEmpty()) {
			return "redirect:/login";
		}
		GuichetUser user = (GuichetUser) pending.get().authentication().getPrincipal();
		if (code.length() <= 20 && this.twoFactor.verify(user.id(), code)) {
			this.signIn.completeTwoFactor(request, response, pending.get().authentication());
			return null;
		}
		PendingTwoFactor failed = pending.get().failed();
		if (failed.failures() >= MAX_FAILURES) {
			session.removeAttribute(SignInSuccessHandler.PENDING_TWO_FACTOR);
			return "redirect:/login?error";
		}
		session.setAttribute(SignInSuccessHandler.PENDING_TWO_FACTOR, failed);
		model.addAttribute("codeError", true);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "account/two-factor-challenge";
	}

	@GetMapping("/profile/two-factor")
	String setup(@AuthenticationPrincipal GuichetUser user, HttpSession session, Model model) {
		if (this.twoFactor.isEnabled(user.id())) {
			model.addAttribute("enabled", true);
			model.addAttribute("unusedRecoveryCodes", this.twoFactor.unusedRecoveryCodes(user.id()));
			return "account/two-factor-setup";
		}
		TwoFactorSecret secret = this.twoFactor.newSecret();
		session.setAttribute(ENROLLING, secret.base32());
		return setupPage(user, secret, session, model);
	}

	@PostMapping("/profile/two-factor")
	String enable(@AuthenticationPrincipal GuichetUser user, @RequestParam(defaultValue = "") String code,
			HttpSession session, Model model, HttpServletResponse response) {
		Object enrolling = session.getAttribute(ENROLLING);
		if (!(enrolling instanceof String base32)) {
			return "redirect:/profile/two-factor";
		}
		TwoFactorSecret secret = new TwoFactorSecret(base32);
		Optional<List<String>> recoveryCodes = this.twoFactor.enable(user.id(), secret, code);
		if (recoveryCodes.isEmpty()) {
			model.addAttribute("codeError", true);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return setupPage(user, secret, session, model);
		}
		session.removeAttribute(ENROLLING);
		session.removeAttribute(SignInSuccessHandler.TWO_FACTOR_SETUP_REQUIRED);
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		return "account/two-factor-recovery-codes";
	}

	@PostMapping("/profile/two-factor/disable")
	String disable(@AuthenticationPrincipal GuichetUser user, @RequestParam(defaultValue = "") String password,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.twoFactor.disable(user.id(), password)) {
			model.addAttribute("enabled", true);
			model.addAttribute("unusedRecoveryCodes", this.twoFactor.unusedRecoveryCodes(user.id()));
			model.addAttribute("passwordError", true);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "account/two-factor-setup";
		}
		redirect.addFlashAttribute("saved", "twoFactor.disabled");
		return "redirect:/profile";
	}

	private String setupPage(GuichetUser user, TwoFactorSecret secret, HttpSession session, Model model) {
		String issuer = this.branding.senderName();
		model.addAttribute("enabled", false);
		model.addAttribute("secret", secret.base32().replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qrCode", secret.qrCodeSvg(issuer, user.email(),
				this.messages.getMessage("twoFactor.setup.qrTitle", null, LocaleContextHolder.getLocale())));
		model.addAttribute("required", session.getAttribute(SignInSuccessHandler.TWO_FACTOR_SETUP_REQUIRED) != null);
		return "account/two-factor-setup";
	}

	private Optional<PendingTwoFactor> pending(HttpSession session) {
		return Optional.ofNullable(session.getAttribute(SignInSuccessHandler.PENDING_TWO_FACTOR))
			.filter(PendingTwoFactor.class::isInstance)
			.map(PendingTwoFactor.class::cast)
			.filter((candidate) -> !candidate.isExpired(this.clock.instant()));
	}

}
