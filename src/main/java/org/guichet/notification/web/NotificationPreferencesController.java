package org.guichet.notification.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.guichet.notification.NoticeKind;
import org.guichet.notification.internal.NoticePreference;
import org.guichet.notification.internal.NoticePreferences;
import org.guichet.shared.web.SignedInUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Préférences de notification": per kind of notice, by e-mail and/or in the application.
 */
@Controller
@RequestMapping("/notifications/preferences")
class NotificationPreferencesController {

	private static final Set<String> KINDS = Arrays.stream(NoticeKind.values())
		.map(Enum::name)
		.collect(Collectors.toUnmodifiableSet());

	private final NoticePreferences preferences;

	NotificationPreferencesController(NoticePreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	String form(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("preferences", this.preferences.of(user.userId()));
		return "notification/preferences";
	}

	/**
	 * @param mail the kinds ticked in the e-mail column
	 * @param inApp the kinds ticked in the application column
	 */
	@PostMapping
	String save(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) List<String> mail,
			@RequestParam(required = false) List<String> inApp, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<String> byMail = (mail != null) ? mail : List.of();
		List<String> shown = (inApp != null) ? inApp : List.of();
		if (!KINDS.containsAll(byMail) || !KINDS.containsAll(shown)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("preferences", this.preferences.of(user.userId()));
			model.addAttribute("error", "notification.preferences.error.kind");
			return "notification/preferences";
		}
		List<NoticePreference> chosen = new ArrayList<>();
		for (NoticeKind kind : NoticeKind.values()) {
			chosen.add(new NoticePreference(kind, byMail.contains(kind.name()), shown.contains(kind.name())));
		}
		this.preferences.save(user.userId(), chosen);
		redirect.addFlashAttribute("done", "notification.preferences.saved");
		return "redirect:/notifications/preferences";
	}

}
