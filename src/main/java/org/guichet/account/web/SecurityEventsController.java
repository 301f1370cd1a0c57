package org.guichet.account.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.guichet.account.SecurityEventType;
import org.guichet.account.internal.SecurityEventQueries;
import org.guichet.account.internal.SecurityEventQueries.Row;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.PageCursor;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Journal de sécurité": sign-ins, locks, invitations, blocks, role changes, for
 * administrators.
 */
@Controller
class SecurityEventsController {

	static final int PAGE_SIZE = 50;

	private final SecurityEventQueries queries;

	private final ZoneId zone;

	SecurityEventsController(SecurityEventQueries queries, GuichetProperties properties) {
		this.queries = queries;
		this.zone = properties.timeZone();
	}

	@GetMapping("/admin/security-events")
	String list(@RequestParam(required = false) String type, @RequestParam(defaultValue = "") String email,
			@RequestParam(required = false) String after, Model model) {
		Optional<SecurityEventType> filter;
		Optional<PageCursor> cursor;
		try {
			filter = (type == null || type.isBlank()) ? Optional.empty() : Optional.of(SecurityEventType.valueOf(type));
			cursor = PageCursor.parse(after);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (email.length() > 320) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<Row> rows = this.queries.page(filter, email, cursor, PAGE_SIZE);
		model.addAttribute("rows",
				rows.stream()
					.map((row) -> new EventView(LocalDateTime.ofInstant(row.occurredAt(), this.zone), row.type(),
							row.subjectEmail(), row.actorEmail(), row.details()))
					.toList());
		model.addAttribute("types", SecurityEventType.values());
		model.addAttribute("type", filter.orElse(null));
		model.addAttribute("email", email);
		model.addAttribute("next", (rows.size() == PAGE_SIZE) ? rows.get(rows.size() - 1).cursor().toString() : null);
		return "account/security-events";
	}

	record EventView(LocalDateTime occurredAt, SecurityEventType type, String subjectEmail, String actorEmail,
			String details) {
	}

	@Configuration(proxyBeanMethods = false)
	static class SecurityEventsNavigation {

		@Bean
		NavigationItem securityEventsNavigation() {
			return new NavigationItem(Area.ADMIN, "nav.admin.securityEvents", "/admin/security-events", 80,
					"ROLE_ADMINISTRATOR");
		}

	}

}
