package org.guichet.notification.web;

import org.guichet.notification.NoticeKind;
import org.guichet.notification.internal.StaffNotificationService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The link "ne plus recevoir ces notifications par e-mail" of every notice e-mail, for
 * people who are not signed in: the page asks to confirm (a mail scanner that follows
 * links changes nothing), the form stops the e-mails. Mail programs post to the same
 * address without a session ({@code List-Unsubscribe-Post}, RFC 8058), which is why it
 * needs no CSRF token: the token in the path is the only authority.
 */
@Controller
@RequestMapping("/notifications/unsubscribe/{token}")
class UnsubscribeController {

	private final StaffNotificationService notifications;

	UnsubscribeController(StaffNotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String confirm(@PathVariable String token, Model model) {
		NoticeKind kind = this.notifications.unsubscribeKind(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("token", token);
		model.addAttribute("kind", kind);
		return "notification/unsubscribe";
	}

	@PostMapping
	String unsubscribe(@PathVariable String token, Model model) {
		NoticeKind kind = this.notifications.unsubscribe(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("kind", kind);
		return "notification/unsubscribed";
	}

}
