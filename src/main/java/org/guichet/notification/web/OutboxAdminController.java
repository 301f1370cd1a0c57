package org.guichet.notification.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guichet.notification.internal.OutboundEmail;
import org.guichet.notification.internal.OutboundEmailState;
import org.guichet.notification.internal.OutboxQueries;
import org.guichet.notification.internal.OutboxQueries.OutboxRow;
import org.guichet.notification.internal.OutboxService;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.PageCursor;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.http.HttpStatus;
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
 * "Courriels sortants": what Guichet sent or tries to send, for administrators.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

	static final int PAGE_SIZE = 50;

	/** What may remain of a mail's HTML when shown inside an admin page. */
	private static final PolicyFactory SAFE_HTML = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("hr", "span", "div").toFactory());

	private final OutboxQueries queries;

	private final OutboxService outbox;

	private final ZoneId zone;

	private final OutboxErrors errors;

	OutboxAdminController(OutboxQueries queries, OutboxService outbox, GuichetProperties properties,
			OutboxErrors errors) {
		this.errors = errors;
		this.queries = queries;
		this.outbox = outbox;
		this.zone = properties.timeZone();
	}

	@GetMapping
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) String after,
			Model model) {
		Optional<OutboundEmailState> filter = parseState(state);
		Optional<PageCursor> cursor;
		try {
			cursor = PageCursor.parse(after);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<OutboxRow> rows = this.queries.page(filter, cursor, PAGE_SIZE);
		model.addAttribute("rows", rows.stream().map(this::view).toList());
		model.addAttribute("states", OutboundEmailState.values());
		model.addAttribute("state", filter.orElse(null));
		model.addAttribute("next", (rows.size() == PAGE_SIZE) ? rows.get(rows.size() - 1).cursor().toString() : null);
		return "notification/outbox-list";
	}

	@GetMapping("/{id}")
	String message(@PathVariable UUID id, Model model) {
		OutboundEmail email = this.outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("email",
				new MessageView(email.id(), email.recipient(), email.subject(), email.state(), email.attempts(),
						this.errors.describe(email.lastError()), local(email.createdAt()), local(email.sentAt()),
						local(email.nextAttemptAt()), email.language(), email.isConfidential(),
						email.isConfidential() ? null : email.textBody(),
						email.isConfidential() ? null : SAFE_HTML.sanitize(email.htmlBody())));
		return "notification/outbox-message";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		if (!this.outbox.retry(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("retried", true);
		return "redirect:/admin/outbox/" + id;
	}

	private static Optional<OutboundEmailState> parseState(String state) {
		if (state == null || state.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(OutboundEmailState.valueOf(state));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private RowView view(OutboxRow row) {
		return new RowView(row.id(), row.recipient(), row.subject(), row.state(), row.attempts(),
				this.errors.describe(row.lastError()), local(row.createdAt()));
	}

	private LocalDateTime local(java.time.Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, this.zone) : null;
	}

	record RowView(UUID id, String recipient, String subject, OutboundEmailState state, int attempts, String lastError,
			LocalDateTime createdAt) {
	}

	record MessageView(UUID id, String recipient, String subject, OutboundEmailState state, int attempts,
			String lastError, LocalDateTime createdAt, LocalDateTime sentAt, LocalDateTime nextAttemptAt,
			String language, boolean confidential, String textBody, String safeHtmlBody) {
	}

}
