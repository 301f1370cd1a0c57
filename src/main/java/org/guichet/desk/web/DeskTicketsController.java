package org.guichet.desk.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.Accounts;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.desk.internal.DeskInputException;
import org.guichet.desk.internal.SavedSearches;
import org.guichet.shared.FieldRefusedException;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.csv.CsvFiles;
import org.guichet.shared.csv.CsvFiles.CsvWriter;
import org.guichet.ticket.Categories;
import org.guichet.ticket.Channel;
import org.guichet.ticket.DeadlineStatus;
import org.guichet.ticket.DeskPage;
import org.guichet.ticket.DeskQuery;
import org.guichet.ticket.DeskTicket;
import org.guichet.ticket.DeskTickets;
import org.guichet.ticket.DeskUser;
import org.guichet.ticket.Priority;
import org.guichet.ticket.RequestTypes;
import org.guichet.ticket.TicketAccessRefusedException;
import org.guichet.ticket.TicketLockedException;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.TransitionRefusedException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's search ("Rechercher"): criteria typed and submitted, filters applied as soon
 * as they change (htmx swaps the result), any column sorted, pages by cursor, and the
 * result exported as CSV.
 */
@Controller
class DeskTicketsController {

	/** The most rows one export writes. */
	static final int EXPORT_LIMIT = 10_000;

	private final DeskTickets desk;

	private final Categories categories;

	private final RequestTypes requestTypes;

	private final Accounts accounts;

	private final MessageSource messages;

	private final ZoneId zone;

	private final SavedSearches savedSearches;

	DeskTicketsController(DeskTickets desk, Categories categories, RequestTypes requestTypes, Accounts accounts,
			MessageSource messages, GuichetProperties properties, SavedSearches savedSearches) {
		this.savedSearches = savedSearches;
		this.desk = desk;
		this.categories = categories;
		this.requestTypes = requestTypes;
		this.accounts = accounts;
		this.messages = messages;
		this.zone = properties.timeZone();
	}

	static DeskUser deskUser(GuichetUser user) {
		return new DeskUser(user.id(), user.hasStaffRole(StaffRole.ADMINISTRATOR));
	}

	@RequestMapping(path = "/desk/tickets", method = { RequestMethod.GET, RequestMethod.POST })
	String search(@AuthenticationPrincipal GuichetUser user, @ModelAttribute("search") DeskSearchForm search,
			BindingResult errors, HttpServletResponse response, Model model) {
		DeskQuery query = search.toQuery(errors);
		DeskPage page;
		try {
			page = this.desk.search(deskUser(user), query);
		}
		catch (IllegalArgumentException ex) {
			// a cursor edited by hand: the first page
			query = query.firstPage();
			page = this.desk.search(deskUser(user), query);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("query", query);
		model.addAttribute("page", page);
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("requestTypes", this.requestTypes.all());
		model.addAttribute("staff", this.accounts.staff());
		model.addAttribute("states", TicketState.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("deadlines", DeadlineStatus.values());
		model.addAttribute("sizes", DeskQuery.SIZES);
		model.addAttribute("sorts", List.of(DeskQuery.Sort.values()));
		model.addAttribute("savedSearches", this.savedSearches.of(user.id()));
		return "desk/tickets";
	}

	/**
	 * Saves the search shown as one of the staff member's queues, in their menu.
	 */
	@PostMapping("/desk/tickets/saved")
	String saveSearch(@AuthenticationPrincipal GuichetUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String query, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		// the page writes the query encoded: a brace can only be typed by hand
		String kept = (query.startsWith("/desk/tickets?") && query.indexOf('{') < 0 && query.indexOf('}') < 0)
				? query.substring("/desk/tickets?".length()) : "";
		String search = "/desk/tickets" + (kept.isEmpty() ? "" : "?" + kept);
		try {
			this.savedSearches.save(user.id(), name, kept);
		}
		catch (DeskInputException ex) {
			// the search again, the message next to the name
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			request.setAttribute("savedError", ex.messageKey());
			request.setAttribute("savedErrorArguments", ex.arguments());
			request.setAttribute("savedName", name);
			return "forward:" + search;
		}
		redirect.addFlashAttribute("done", "desk.saved.done");
		return "redirect:" + search;
	}

	@PostMapping("/desk/tickets/saved/{id}/remove")
	String removeSearch(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.savedSearches.remove(user.id(), id);
		redirect.addFlashAttribute("done", "desk.saved.removed");
		return "redirect:/desk/tickets";
	}

	/**
	 * The same action on the tickets ticked in a result: take them, or assign them to an
	 * agent. Each ticket is changed on its own, with the same checks as from its page;
	 * the message says how many changed and why the others did not.
	 */
	@PostMapping("/desk/tickets/bulk")
	String bulk(@AuthenticationPrincipal GuichetUser user,
			@RequestParam(name = "numbers", required = false) List<String> numbers,
			@RequestParam(defaultValue = "") String action, @RequestParam(required = false) UUID agent,
			@RequestParam(defaultValue = "/desk/tickets") String back, Locale locale, RedirectAttributes redirect) {
		DeskUser staff = deskUser(user);
		List<String> chosen = (numbers != null) ? numbers.stream().distinct().limit(DeskQuery.SIZES[3]).toList()
				: List.of();
		int changed = 0;
		List<String> refused = new ArrayList<>();
		for (String number : chosen) {
			try {
				DeskTicket ticket = this.desk.find(staff, number)
					.orElseThrow(() -> new IllegalArgumentException("not found"));
				switch (action) {
					case "TAKE" -> this.desk.take(staff, number, ticket.version());
					case "ASSIGN" -> this.desk.assign(staff, number, ticket.version(), ticket.categoryId(),
							(agent != null) ? new UserId(agent) : null);
					default -> throw new IllegalArgumentException("no action");
				}
				changed++;
			}
			catch (RuntimeException ex) {
				refused.add(number + " (" + this.messages.getMessage(reason(ex), null, locale) + ")");
			}
		}
		redirect.addFlashAttribute("bulkChanged", changed);
		redirect.addFlashAttribute("bulkRefused", refused);
		boolean safe = back.startsWith("/desk/tickets") && back.indexOf('{') < 0 && back.indexOf('}') < 0;
		return "redirect:" + (safe ? back : "/desk/tickets");
	}

	private static String reason(RuntimeException ex) {
		if (ex instanceof TicketLockedException) {
			return "desk.bulk.locked";
		}
		if (ex instanceof TicketAccessRefusedException) {
			return "desk.bulk.readOnly";
		}
		if (ex instanceof FieldRefusedException refusal) {
			return refusal.messageKey();
		}
		if (ex instanceof TransitionRefusedException) {
			return "desk.bulk.state";
		}
		return "desk.bulk.failed";
	}

	/**
	 * The search's result as CSV (semicolons, UTF-8 with a byte order mark for
	 * spreadsheets), its cells defused so that none is read as a formula.
	 */
	@GetMapping("/desk/tickets/export.csv")
	void export(@AuthenticationPrincipal GuichetUser user, @ModelAttribute("search") DeskSearchForm search,
			BindingResult errors, Locale locale, HttpServletResponse response) throws IOException {
		DeskQuery query = search.toQuery(errors);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("demandes.csv").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(this.zone);
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		CsvWriter csv = CsvFiles.writer(out,
				List.of("number", "subject", "state", "priority", "organization", "customerCode", "requester",
						"beneficiary", "category", "requestType", "agent", "channel", "created", "updated")
					.stream()
					.map((column) -> this.messages.getMessage("desk.csv." + column, null, locale))
					.toList());
		this.desk.export(deskUser(user), query, EXPORT_LIMIT,
				(row) -> csv.row(List.of(row.number(), row.subject(),
						this.messages.getMessage("desk.state." + row.state(), null, locale),
						this.messages.getMessage("ticket.priority." + row.priority(), null, locale),
						row.organizationName(), row.customerCode(), row.requesterName(), text(row.beneficiaryName()),
						text(row.categoryName()), text(row.requestTypeName()), text(row.agentName()),
						this.messages.getMessage("ticket.channel." + row.channel(), null, locale),
						dates.format(row.createdAt()), dates.format(row.updatedAt()))));
		csv.flush();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
