package org.guichet.notification.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.guichet.notification.Notice;
import org.guichet.notification.internal.StaffNotices;
import org.guichet.notification.internal.StaffNotices.StoredNotice;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.PageCursor;
import org.guichet.shared.web.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Notifications": what the bell counts, newest first, in the reader's language, each
 * saying why it was sent.
 */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

	static final int PAGE_SIZE = 30;

	private final StaffNotices notices;

	private final MessageSource messages;

	private final ZoneId zone;

	NotificationsController(StaffNotices notices, MessageSource messages, GuichetProperties properties) {
		this.notices = notices;
		this.messages = messages;
		this.zone = properties.timeZone();
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String after, Model model) {
		Optional<PageCursor> cursor;
		try {
			cursor = PageCursor.parse(after);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<StoredNotice> page = this.notices.page(user.userId(), cursor, PAGE_SIZE);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("notices", page.stream().map((notice) -> view(notice, locale)).toList());
		model.addAttribute("next", (page.size() == PAGE_SIZE) ? page.get(page.size() - 1).cursor().toString() : null);
		model.addAttribute("hasUnread", this.notices.unreadCount(user.userId()) > 0);
		return "notification/notices";
	}

	@PostMapping("/{id}/read")
	String markRead(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		if (!this.notices.markRead(user.userId(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", "notification.list.markedRead");
		return "redirect:/notifications";
	}

	@PostMapping("/read-all")
	String markAllRead(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.notices.markAllRead(user.userId());
		redirect.addFlashAttribute("done", "notification.list.markedAllRead");
		return "redirect:/notifications";
	}

	private NoticeView view(StoredNotice notice, Locale locale) {
		return new NoticeView(notice.id(),
				this.messages.getMessage(notice.titleKey(), notice.titleArguments().toArray(), notice.titleKey(),
						locale),
				this.messages.getMessage(notice.reasonKey(), notice.reasonArguments().toArray(), "", locale),
				notice.link(), notice.lines(), LocalDateTime.ofInstant(notice.createdAt(), this.zone), notice.unread());
	}

	record NoticeView(UUID id, String title, String reason, String link, List<Notice.Line> lines,
			LocalDateTime createdAt, boolean unread) {
	}

}
