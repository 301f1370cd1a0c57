package org.guichet.ticket.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.Accounts;
import org.guichet.account.GuichetUser;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.knowledge.TicketArticles;
import org.guichet.organization.ActingOrganization;
import org.guichet.organization.Contracts;
import org.guichet.organization.Member;
import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.shared.FieldRefusedException;
import org.guichet.shared.storage.UploadPolicy;
import org.guichet.ticket.ArticleView;
import org.guichet.ticket.AttachmentView;
import org.guichet.ticket.Channel;
import org.guichet.ticket.Impact;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;
import org.guichet.ticket.Satisfaction;
import org.guichet.ticket.TicketCard;
import org.guichet.ticket.TicketFilter;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.TicketLockedException;
import org.guichet.ticket.TransitionRefusedException;
import org.guichet.ticket.Upload;
import org.guichet.ticket.Urgency;
import org.guichet.ticket.internal.TicketPrints;
import org.guichet.ticket.internal.TicketProperties;
import org.guichet.ticket.internal.TicketQueries;
import org.guichet.ticket.internal.TicketService.TicketNotFoundException;
import org.guichet.ticket.internal.TicketService;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StreamUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requester's side of tickets: the list of the organization's requests, the form of a
 * new one, a ticket's page with what its owner may do there, its files and its print. A
 * ticket of another organization is a 404, whatever the page.
 */
@Controller
class PortalTicketsController {

	private final ActingOrganization actingOrganization;

	private final TicketService tickets;

	private final TicketQueries queries;

	private final RequestTypes requestTypes;

	private final Contracts contracts;

	private final Organizations organizations;

	private final Accounts accounts;

	private final TicketPrints prints;

	private final TicketProperties properties;

	private final Clock clock;

	private final TicketArticles ticketArticles;

	PortalTicketsController(ActingOrganization actingOrganization, TicketService tickets, TicketQueries queries,
			RequestTypes requestTypes, Contracts contracts, Organizations organizations, Accounts accounts,
			TicketPrints prints, TicketProperties properties, Clock clock, TicketArticles ticketArticles) {
		this.ticketArticles = ticketArticles;
		this.actingOrganization = actingOrganization;
		this.tickets = tickets;
		this.queries = queries;
		this.requestTypes = requestTypes;
		this.contracts = contracts;
		this.organizations = organizations;
		this.accounts = accounts;
		this.prints = prints;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/tickets")
	String list(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@RequestParam(required = false) String q, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "false") boolean closed,
			@RequestParam(defaultValue = "false") boolean archives, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "false") boolean asc, @RequestParam(defaultValue = "25") int size,
			@RequestParam(required = false) String after, Model model) {
		MembershipView membership = membership(user, session);
		TicketState only = parseState(state);
		TicketFilter filter = new TicketFilter(q, only, closed, archives, TicketFilter.Sort.of(sort), asc, size, after);
		try {
			model.addAttribute("page", this.queries.list(membership.organizationId(), filter));
		}
		catch (IllegalArgumentException ex) {
			// a cursor edited by hand: start again from the first page
			model.addAttribute("page", this.queries.list(membership.organizationId(),
					new TicketFilter(q, only, closed, archives, TicketFilter.Sort.of(sort), asc, size, null)));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("sizes", TicketFilter.SIZES);
		model.addAttribute("states", TicketState.values());
		model.addAttribute("membership", membership);
		return "ticket/list";
	}

	private static TicketState parseState(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return TicketState.valueOf(state);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@GetMapping("/tickets/new")
	String newTicket(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@RequestParam(name = "type", required = false) UUID typeId, Model model) {
		MembershipView membership = membership(user, session);
		NewTicketForm form = new NewTicketForm();
		form.setRequestTypeId(typeId);
		return form(membership, user, form, model);
	}

	@PostMapping("/tickets")
	String file(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@ModelAttribute("ticketForm") NewTicketForm form, BindingResult errors,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files,
			@RequestParam(name = "kbShown", required = false) List<String> suggested,
			@RequestParam(name = "kbCounted", defaultValue = "false") boolean suggestionsCounted,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		MembershipView membership = membership(user, session);
		if (!errors.hasErrors()) {
			try {
				String number = this.tickets.file(form.toRequest(membership.organizationId(),
						requester(user, membership), user.isStaff() ? Channel.DESK : Channel.PORTAL, Upload.of(files),
						user.isStaff() ? user.id() : null));
				keepSuggestions(number, form.getRequestTypeId(), suggested, user, suggestionsCounted);
				this.actingOrganization.recordCounterChange(user, session, membership.organizationId(),
						"filed ticket " + number);
				redirect.addFlashAttribute("done", "ticket.filed");
				return "redirect:/tickets/" + number;
			}
			catch (FieldRefusedException ex) {
				if (ex.field().equals("attachments")) {
					model.addAttribute("filesError", ex.messageKey());
					errors.reject(ex.messageKey());
				}
				else {
					errors.rejectValue(formField(ex.field()), ex.messageKey());
				}
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("filesLost", files != null && files.stream().anyMatch((file) -> !file.isEmpty()));
		return form(membership, user, form, model);
	}

	/**
	 * Keeps with the ticket the knowledge-base articles shown while it was typed, for the
	 * agent.
	 */
	private void keepSuggestions(String number, UUID requestType, List<String> suggested, GuichetUser user,
			boolean counted) {
		if (suggested == null || suggested.isEmpty()) {
			return;
		}
		List<UUID> ids = suggested.stream().map(PortalTicketsController::uuid).filter(Objects::nonNull).toList();
		this.queries.ticketId(number)
			.ifPresent(
					(ticket) -> this.ticketArticles.suggestedWhileFiling(ticket, requestType, ids, user.id(), counted));
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String formField(String field) {
		return switch (field) {
			case "beneficiary" -> "beneficiaryId";
			default -> field;
		};
	}

	private String form(MembershipView membership, GuichetUser user, NewTicketForm form, Model model) {
		List<RequestTypeView> types = this.requestTypes.active();
		RequestTypeView type = types.stream()
			.filter((candidate) -> candidate.id().equals(form.getRequestTypeId()))
			.findFirst()
			.orElse(null);
		model.addAttribute("ticketForm", form);
		model.addAttribute("types", types);
		model.addAttribute("type", type);
		model.addAttribute("membership", membership);
		model.addAttribute("impacts", Impact.values());
		model.addAttribute("urgencies", Urgency.values());
		uploadLimits(model);
		if (type != null) {
			model.addAttribute("products",
					this.contracts.productsUnderActiveContract(membership.organizationId(), LocalDate.now(this.clock)));
			if (type.showsBeneficiary()) {
				model.addAttribute("colleagues",
						membersByName(membership.organizationId()).stream()
							.filter((member) -> !member.id().equals(user.id()))
							.toList());
			}
		}
		return "ticket/new";
	}

	@GetMapping("/tickets/{number}")
	String show(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			Model model) {
		TicketCard card = card(user, session, number);
		return page(user, session, card, model);
	}

	private String page(GuichetUser user, HttpSession session, TicketCard card, Model model) {
		MembershipView membership = membership(user, session);
		List<ArticleView> history = this.tickets.history(card.number(), false);
		List<AttachmentView> files = this.tickets.attachments(card.number());
		Map<UserId, String> names = names(authorsOf(history));
		model.addAttribute("card", card);
		model.addAttribute("history", history);
		model.addAttribute("authorNames", names);
		model.addAttribute("filesByArticle", files.stream().collect(Collectors.groupingBy(AttachmentView::articleId)));
		model.addAttribute("watchers", this.tickets.watchers(card.number()));
		model.addAttribute("owner", mayAct(user, card));
		model.addAttribute("orgAdmin", membership.role() == MemberRole.ADMIN);
		model.addAttribute("survey", this.tickets.survey(card.number()).orElse(null));
		model.addAttribute("satisfactions", Satisfaction.values());
		if (!model.containsAttribute("surveyForm")) {
			model.addAttribute("surveyForm", SurveyForm.empty());
		}
		if (membership.role() == MemberRole.ADMIN) {
			model.addAttribute("members", membersByName(card.organizationId()));
		}
		uploadLimits(model);
		return "ticket/show";
	}

	/**
	 * What the file pickers say: sizes allowed and accepted formats.
	 */
	private void uploadLimits(Model model) {
		model.addAttribute("maxFileSize", this.properties.maxFileSize().toMegabytes());
		model.addAttribute("maxMessageSize", this.properties.maxMessageSize().toMegabytes());
		model.addAttribute("fileTypes", String.join(", ", new TreeSet<>(UploadPolicy.extensions())));
	}

	private List<UserSummary> membersByName(OrganizationId organization) {
		List<UserId> ids = this.organizations.members(organization).stream().map(Member::user).toList();
		return this.accounts.findAll(ids)
			.stream()
			.sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
			.toList();
	}

	private Map<UserId, String> names(Collection<UserId> ids) {
		return this.accounts.findAll(ids).stream().collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
	}

	@PostMapping("/tickets/{number}/reply")
	String reply(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@RequestParam(required = false) String body,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TicketCard card = ownersCard(user, session, number);
		return act(user, session, card, model, response, redirect, "ticket.replied", "replyBody", body,
				() -> this.tickets.requesterReplies(number, user.id(), body, Upload.of(files)));
	}

	@PostMapping("/tickets/{number}/complement")
	String complete(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@RequestParam(required = false) String complement,
			@RequestParam(name = "complement-files", required = false) List<MultipartFile> files, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TicketCard card = ownersCard(user, session, number);
		return act(user, session, card, model, response, redirect, "ticket.completed", "complementBody", complement,
				() -> this.tickets.complete(number, user.id(), complement, Upload.of(files)));
	}

	@PostMapping("/tickets/{number}/watchers")
	String addWatcher(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@RequestParam(required = false) String watcher, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TicketCard card = ownersCard(user, session, number);
		return act(user, session, card, model, response, redirect, "ticket.watcherAdded", "watcherValue", watcher,
				() -> this.tickets.addWatcher(number, watcher));
	}

	@PostMapping("/tickets/{number}/watchers/remove")
	String removeWatcher(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@RequestParam String watcher, RedirectAttributes redirect) {
		ownersCard(user, session, number);
		this.tickets.removeWatcher(number, watcher);
		redirect.addFlashAttribute("done", "ticket.watcherRemoved");
		return "redirect:/tickets/" + number + "#watchers";
	}

	@PostMapping("/tickets/{number}/cancel")
	String cancel(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TicketCard card = ownersCard(user, session, number);
		return act(user, session, card, model, response, redirect, "ticket.cancelled", "cancelReason", reason,
				() -> this.tickets.cancel(number, user.id(), reason));
	}

	@PostMapping("/tickets/{number}/close")
	String closeBeforeIntervention(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@PathVariable String number, @RequestParam(required = false) String cause, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TicketCard card = ownersCard(user, session, number);
		return act(user, session, card, model, response, redirect, "ticket.closedBeforeIntervention", "closeCause",
				cause, () -> this.tickets.closeBeforeIntervention(number, user.id(), cause));
	}

	@PostMapping("/tickets/{number}/refuse")
	String refuse(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TicketCard card = ownersCard(user, session, number);
		return act(user, session, card, model, response, redirect, "ticket.solutionRefused", "refuseReason", reason,
				() -> this.tickets.refuseSolution(number, user.id(), reason));
	}

	@PostMapping("/tickets/{number}/accept")
	String accept(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@ModelAttribute("surveyForm") SurveyForm survey, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TicketCard card = ownersCard(user, session, number);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("surveyError", "ticket.error.survey");
			return page(user, session, card, model);
		}
		return act(user, session, card, model, response, redirect, "ticket.accepted", null, null,
				() -> this.tickets.acceptSolution(number, user.id(), survey.toAnswer()));
	}

	@PostMapping("/tickets/{number}/owner")
	String reassign(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@RequestParam(required = false) UUID owner, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TicketCard card = card(user, session, number);
		if (membership(user, session).role() != MemberRole.ADMIN) {
			throw new NotAllowedException();
		}
		return act(user, session, card, model, response, redirect, "ticket.reassigned", null, null,
				() -> this.tickets.reassign(number, user.id(), (owner != null) ? new UserId(owner) : null));
	}

	/**
	 * Runs what the user asked; on bad input shows the page again with the message next
	 * to the field and what they typed, with a 400; on a move the state forbids, a 409.
	 */
	private String act(GuichetUser user, HttpSession session, TicketCard card, Model model,
			HttpServletResponse response, RedirectAttributes redirect, String done, String typedName, String typed,
			Runnable action) {
		try {
			action.run();
		}
		catch (FieldRefusedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("fieldError", ex.field());
			model.addAttribute("fieldErrorKey", ex.messageKey());
			if (typedName != null) {
				model.addAttribute(typedName, (typed != null) ? typed : "");
			}
			return page(user, session, this.queries.card(card.number()).orElseThrow(), model);
		}
		catch (TicketLockedException ex) {
			// an agent works on it in the desk: the requester waits for them
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refused", "ticket.error.locked");
			return page(user, session, this.queries.card(card.number()).orElseThrow(), model);
		}
		catch (TransitionRefusedException | OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// the state forbids it, or somebody (or the auto-close job) changed the
			// ticket
			// meanwhile: nothing of this action was saved
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refused", "ticket.error.transition");
			return page(user, session, this.queries.card(card.number()).orElseThrow(), model);
		}
		this.actingOrganization.recordCounterChange(user, session, card.organizationId(),
				done + " on ticket " + card.number());
		redirect.addFlashAttribute("done", done);
		return "redirect:/tickets/" + card.number();
	}

	@GetMapping("/tickets/{number}/files/{attachment}")
	void download(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@PathVariable UUID attachment, HttpServletResponse response) throws IOException {
		card(user, session, number);
		AttachmentView file = this.tickets.attachment(number, attachment).orElseThrow(TicketNotFoundException::new);
		response.setContentType(file.mediaType());
		response.setContentLengthLong(file.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		try (InputStream in = this.tickets.open(file); OutputStream out = response.getOutputStream()) {
			StreamUtils.copy(in, out);
		}
	}

	@GetMapping("/tickets/{number}/print.pdf")
	void print(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			HttpServletResponse response) throws IOException {
		TicketCard card = card(user, session, number);
		List<ArticleView> history = this.tickets.history(number, false);
		byte[] pdf = this.prints.print(card, history, names(authorsOf(history)));
		response.setContentType("application/pdf");
		response.setContentLength(pdf.length);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(number + ".pdf").build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.getOutputStream().write(pdf);
	}

	private static Set<UserId> authorsOf(List<ArticleView> history) {
		return history.stream().map(ArticleView::author).filter((author) -> author != null).collect(Collectors.toSet());
	}

	private MembershipView membership(GuichetUser user, HttpSession session) {
		return this.actingOrganization.of(user, session).orElseThrow(NoOrganizationException::new);
	}

	/**
	 * @return the ticket, if it is the organization's the user acts for
	 * @throws TicketNotFoundException otherwise: another organization's ticket does not
	 * exist for them
	 */
	private TicketCard card(GuichetUser user, HttpSession session, String number) {
		return this.queries.card(number, membership(user, session).organizationId())
			.orElseThrow(TicketNotFoundException::new);
	}

	/**
	 * @return the ticket, if the user owns it
	 * @throws NotAllowedException when they only see it
	 */
	private TicketCard ownersCard(GuichetUser user, HttpSession session, String number) {
		TicketCard card = card(user, session, number);
		if (!mayAct(user, card)) {
			throw new NotAllowedException();
		}
		return card;
	}

	/**
	 * The owner acts on their ticket; so does staff at the counter for the household they
	 * serve (the only organization staff ever act for in the portal).
	 */
	private static boolean mayAct(GuichetUser user, TicketCard card) {
		return card.requesterId().equals(user.id()) || user.isStaff();
	}

	/**
	 * @return who owns a new ticket: the customer who files it; at the counter, the
	 * household's responsible adult when they have an account, else the staff member
	 */
	private UserId requester(GuichetUser user, MembershipView membership) {
		if (!user.isStaff()) {
			return user.id();
		}
		return this.organizations.members(membership.organizationId())
			.stream()
			.filter((member) -> member.role() == MemberRole.ADMIN)
			.map(Member::user)
			.findFirst()
			.orElse(user.id());
	}

	/**
	 * Only the owner acts on a ticket; the others of the organization read it.
	 */
	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.FORBIDDEN)
	static class NotAllowedException extends RuntimeException {

	}

	/**
	 * The user acts for no organization (staff outside the counter, a customer without
	 * one): there are no tickets to show.
	 */
	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
	static class NoOrganizationException extends RuntimeException {

	}

}
