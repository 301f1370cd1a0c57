package org.guichet.desk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.Accounts;
import org.guichet.account.GuichetUser;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.desk.internal.CannedReply;
import org.guichet.desk.internal.Contacts;
import org.guichet.desk.internal.Contacts.Medium;
import org.guichet.desk.internal.DeskInputException;
import org.guichet.desk.internal.LetterTemplate;
import org.guichet.desk.internal.LetterTemplates;
import org.guichet.desk.internal.LetterVariables;
import org.guichet.knowledge.TicketArticles;
import org.guichet.shared.FieldRefusedException;
import org.guichet.shared.storage.UploadPolicy;
import org.guichet.ticket.ArticleKind;
import org.guichet.ticket.ArticleView;
import org.guichet.ticket.AttachmentView;
import org.guichet.sla.TicketSlas;
import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.DeskTicket;
import org.guichet.ticket.DeskTickets;
import org.guichet.ticket.DeskUser;
import org.guichet.ticket.Impact;
import org.guichet.ticket.Priority;
import org.guichet.ticket.RequestTypes;
import org.guichet.ticket.TicketAccessRefusedException;
import org.guichet.ticket.TicketCard;
import org.guichet.ticket.TicketChangedException;
import org.guichet.ticket.TicketData;
import org.guichet.ticket.TicketLockedException;
import org.guichet.ticket.TransitionRefusedException;
import org.guichet.ticket.Upload;
import org.guichet.ticket.Urgency;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ticket's workspace in the desk ("Gestion d'une demande"): its data, files, history
 * and notes, and what the agent does with it. Opening it to work takes its lock; another
 * agent sees it read-only meanwhile, and the page renews the lock while it stays open.
 * Every form sends the version the page showed: a ticket changed since is not changed
 * again, the agent is told who changed it.
 */
@Controller
class DeskTicketController {

	/** The kinds of message the agent writes from the one editor. */
	enum MessageKind {

		REPLY, NOTE, ASK, PROPOSE

	}

	private final DeskTickets desk;

	private final Categories categories;

	private final Accounts accounts;

	private final LetterTemplates templates;

	private final Contacts contacts;

	private final RequestTypes requestTypes;

	private final TicketSlas slas;

	private final TicketArticles ticketArticles;

	DeskTicketController(DeskTickets desk, Categories categories, Accounts accounts, LetterTemplates templates,
			Contacts contacts, RequestTypes requestTypes, TicketSlas slas, TicketArticles ticketArticles) {
		this.ticketArticles = ticketArticles;
		this.slas = slas;
		this.requestTypes = requestTypes;
		this.desk = desk;
		this.categories = categories;
		this.accounts = accounts;
		this.templates = templates;
		this.contacts = contacts;
	}

	@GetMapping("/desk/tickets/{number}")
	String workspace(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@RequestParam(defaultValue = "edit") String mode, Model model) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		DeskTicket ticket = find(reader, number);
		if (!"read".equals(mode) && ticket.access().includes(CategoryAccess.WRITE) && ticket.card().state().isOpen()
				&& (ticket.lock() == null || ticket.lock().heldBy(user.id()))) {
			try {
				this.desk.lock(reader, number);
			}
			catch (TicketLockedException ex) {
				// another agent took it between the two reads: read-only
			}
			ticket = find(reader, number);
		}
		return page(user, ticket, model);
	}

	private String page(GuichetUser user, DeskTicket ticket, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		DeskUser reader = DeskTicketsController.deskUser(user);
		String number = ticket.card().number();
		List<ArticleView> history = this.desk.history(reader, number);
		List<AttachmentView> files = this.desk.attachments(reader, number);
		model.addAttribute("ticket", ticket);
		model.addAttribute("card", ticket.card());
		model.addAttribute("writable", ticket.writableBy(user.id()) && ticket.card().state().isOpen());
		model.addAttribute("lockedByMe", ticket.lock() != null && ticket.lock().heldBy(user.id()));
		model.addAttribute("mayRelease", ticket.lock() != null
				&& (ticket.lock().heldBy(user.id()) || ticket.access().includes(CategoryAccess.MANAGE)));
		model.addAttribute("history", history);
		model.addAttribute("sla", this.slas.of(ticket.id()).orElse(null));
		model.addAttribute("files", files);
		model.addAttribute("filesByArticle", files.stream().collect(Collectors.groupingBy(AttachmentView::articleId)));
		model.addAttribute("authorNames",
				names(history.stream().map(ArticleView::author).filter(Objects::nonNull).toList()));
		model.addAttribute("others", this.desk.othersOfRequester(reader, number, 10));
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("handlers",
				(ticket.categoryId() != null) ? this.desk.handlers(ticket.categoryId()) : List.of());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("impacts", Impact.values());
		model.addAttribute("urgencies", Urgency.values());
		if (!model.containsAttribute("typedData")) {
			TicketCard card = ticket.card();
			model.addAttribute("typedData", new TicketData(card.subject(), card.phone(), card.availability(),
					card.location(), card.impact(), card.urgency()));
		}
		model.addAttribute("requestTypes", this.requestTypes.active());
		model.addAttribute("links", this.desk.links(reader, number));
		model.addAttribute("kbArticles", this.ticketArticles.of(ticket.id().value()));
		model.addAttribute("kinds", MessageKind.values());
		long[] limits = this.desk.uploadLimits();
		model.addAttribute("maxFileSize", limits[0]);
		model.addAttribute("maxMessageSize", limits[1]);
		model.addAttribute("fileTypes", String.join(", ", new TreeSet<>(UploadPolicy.extensions())));
		model.addAttribute("letterTemplates",
				this.templates.templates().stream().filter(LetterTemplate::active).toList());
		model.addAttribute("media", Medium.values());
		model.addAttribute("preferredMedium", this.accounts.preferredContact(ticket.card().requesterId()).name());
		Map<String, String> values = this.contacts.values(ticket, "", locale);
		model.addAttribute("cannedReplies",
				this.templates.replies()
					.stream()
					.filter(CannedReply::active)
					.map((reply) -> new RenderedReply(reply.id(), reply.label(),
							LetterVariables.renderSafely(reply.body(), values)))
					.toList());
		if (!model.containsAttribute("kind")) {
			model.addAttribute("kind", MessageKind.REPLY);
		}
		return "desk/ticket";
	}

	@PostMapping("/desk/tickets/{number}/take")
	String take(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DeskUser agent = DeskTicketsController.deskUser(user);
		return act(user, number, model, response, redirect, "desk.done.taken",
				() -> this.desk.take(agent, number, version));
	}

	@PostMapping("/desk/tickets/{number}/write")
	String write(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(defaultValue = "REPLY") MessageKind kind, @RequestParam(required = false) String body,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> attachments, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		DeskUser agent = DeskTicketsController.deskUser(user);
		List<Upload> uploads = Upload.of(attachments);
		model.addAttribute("kind", kind);
		model.addAttribute("typedBody", (body != null) ? body : "");
		return act(user, number, model, response, redirect, "desk.done." + kind.name().toLowerCase(), () -> {
			if (!uploads.isEmpty() && (kind == MessageKind.ASK || kind == MessageKind.PROPOSE)) {
				throw new DeskInputException("attachments", "desk.error.filesWithReplyOnly");
			}
			switch (kind) {
				case REPLY -> this.desk.reply(agent, number, version, body, uploads);
				case NOTE -> this.desk.note(agent, number, version, body, uploads);
				case ASK -> this.desk.askRequester(agent, number, version, body);
				case PROPOSE -> this.desk.proposeSolution(agent, number, version, body);
			}
		});
	}

	@PostMapping("/desk/tickets/{number}/assign")
	String assign(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(required = false) UUID category, @RequestParam(required = false) UUID agent, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		String page = act(user, number, model, response, redirect, "desk.done.assigned",
				() -> this.desk.assign(reader, number, version, category, (agent != null) ? new UserId(agent) : null));
		return leaveIfGone(reader, number, page);
	}

	/**
	 * After a change that gave the ticket to a category the agent does not see: back to
	 * the tasks, with the message.
	 */
	private String leaveIfGone(DeskUser reader, String number, String page) {
		if (page.startsWith("redirect:") && this.desk.find(reader, number).isEmpty()) {
			return "redirect:/desk";
		}
		return page;
	}

	@PostMapping("/desk/tickets/{number}/data")
	String data(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String availability, @RequestParam(defaultValue = "") String location,
			@RequestParam(required = false) Impact impact, @RequestParam(required = false) Urgency urgency, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		TicketData data = new TicketData(subject, phone, availability, location, impact, urgency);
		model.addAttribute("typedData", data);
		return act(user, number, model, response, redirect, "desk.done.data",
				() -> this.desk.editData(reader, number, version, data));
	}

	@PostMapping("/desk/tickets/{number}/files/{attachment}/remove")
	String removeFile(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@PathVariable UUID attachment, @RequestParam long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		return act(user, number, model, response, redirect, "desk.done.fileRemoved",
				() -> this.desk.removeAttachment(reader, number, version, attachment));
	}

	@PostMapping("/desk/tickets/{number}/requalify")
	String requalify(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(required = false) UUID requestType, @RequestParam(required = false) UUID theme, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		String page = act(user, number, model, response, redirect, "desk.done.requalified",
				() -> this.desk.requalify(reader, number, version, requestType, theme));
		return leaveIfGone(reader, number, page);
	}

	@PostMapping("/desk/tickets/{number}/links")
	String link(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(defaultValue = "") String other, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		model.addAttribute("typedOther", other);
		return act(user, number, model, response, redirect, "desk.done.linked",
				() -> this.desk.link(reader, number, version, other));
	}

	@PostMapping("/desk/tickets/{number}/links/{other}/remove")
	String unlink(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @PathVariable String other,
			@RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		return act(user, number, model, response, redirect, "desk.done.unlinked",
				() -> this.desk.unlink(reader, number, version, other));
	}

	/**
	 * @return the ticket, if the reader may write on it (a reader only consults it: 403)
	 */
	private DeskTicket writing(DeskUser reader, String number) {
		DeskTicket ticket = find(reader, number);
		if (!ticket.access().includes(CategoryAccess.WRITE)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return ticket;
	}

	/**
	 * Links a knowledge-base article to the ticket (an answer the agent found).
	 */
	@PostMapping("/desk/tickets/{number}/kb-links")
	String linkArticle(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@RequestParam(defaultValue = "") String article, RedirectAttributes redirect) {
		DeskTicket ticket = writing(DeskTicketsController.deskUser(user), number);
		boolean linked = this.ticketArticles.link(ticket.id().value(), article);
		redirect.addFlashAttribute(linked ? "done" : "kbLinkError",
				linked ? "kb.ticket.linkDone" : "kb.ticket.linkUnknown");
		return "redirect:/desk/tickets/" + number + "?mode=read#kb-heading";
	}

	/**
	 * Starts a knowledge-base draft from the ticket: its subject as the title, the last
	 * public answer of staff (the solution, most often) as the body.
	 */
	@PostMapping("/desk/tickets/{number}/kb-article")
	String draftArticle(@AuthenticationPrincipal GuichetUser user, @PathVariable String number) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		DeskTicket ticket = writing(reader, number);
		UserId requester = ticket.card().requesterId();
		String solution = this.desk.history(reader, number)
			.stream()
			.filter((article) -> article.kind() == ArticleKind.PUBLIC && article.author() != null
					&& !article.author().equals(requester))
			.reduce((first, second) -> second)
			.map(ArticleView::body)
			.orElse("");
		String draft = this.ticketArticles.draftFromTicket(ticket.id().value(), ticket.card().subject(), solution,
				user.id());
		return "redirect:/desk/kb/" + draft;
	}

	@PostMapping("/desk/tickets/{number}/merge")
	String merge(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(defaultValue = "") String target, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		model.addAttribute("typedTarget", target);
		return act(user, number, model, response, redirect, "desk.done.merged",
				() -> this.desk.merge(reader, number, version, target));
	}

	@GetMapping("/desk/tickets/{number}/print.pdf")
	ResponseEntity<byte[]> print(@AuthenticationPrincipal GuichetUser user, @PathVariable String number) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		find(reader, number);
		return DeskContactController.pdf(this.desk.print(reader, number), number + ".pdf");
	}

	@PostMapping("/desk/tickets/{number}/priority")
	String priority(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(required = false) Priority priority, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		return act(user, number, model, response, redirect, "desk.done.priority",
				() -> this.desk.changePriority(reader, number, version, priority));
	}

	/**
	 * "Contacter le demandeur": sends or records the contact. A letter comes back as its
	 * PDF, recorded in the history when {@code record} is ticked; the others go back to
	 * the ticket with a message.
	 */
	@PostMapping("/desk/tickets/{number}/contact")
	Object contact(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@RequestParam(required = false) Medium medium, @RequestParam(required = false) UUID template,
			@RequestParam(defaultValue = "") String observation, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "false") boolean record, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		DeskUser agent = DeskTicketsController.deskUser(user);
		model.addAttribute("contactObservation", observation);
		model.addAttribute("contactNote", note);
		List<byte[]> letter = new ArrayList<>();
		String page = act(user, number, model, response, redirect,
				"desk.contact.done." + ((medium != null) ? medium.name() : "EMAIL"),
				() -> this.contacts
					.contact(agent, find(agent, number), medium, template, observation, note, record, locale)
					.ifPresent(letter::add));
		if (!letter.isEmpty() && page.startsWith("redirect:")) {
			return DeskContactController.pdf(letter.get(0), "courrier-" + number + ".pdf");
		}
		return page;
	}

	/**
	 * The page renews its lock while it stays open (htmx, every few minutes).
	 */
	@PostMapping("/desk/tickets/{number}/lock")
	ResponseEntity<Void> renew(@AuthenticationPrincipal GuichetUser user, @PathVariable String number) {
		try {
			this.desk.lock(DeskTicketsController.deskUser(user), number);
			return ResponseEntity.noContent().build();
		}
		catch (TicketLockedException | TicketAccessRefusedException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).build();
		}
	}

	/**
	 * Frees the lock: the holder leaving the page, or a manager freeing a colleague's.
	 */
	@PostMapping("/desk/tickets/{number}/unlock")
	String unlock(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, RedirectAttributes redirect) {
		this.desk.unlock(DeskTicketsController.deskUser(user), number);
		redirect.addFlashAttribute("done", "desk.done.unlocked");
		return "redirect:/desk/tickets/" + number + "?mode=read";
	}

	@GetMapping("/desk/tickets/{number}/files/{attachment}")
	void download(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, @PathVariable UUID attachment,
			HttpServletResponse response) throws IOException {
		DeskUser reader = DeskTicketsController.deskUser(user);
		AttachmentView file = this.desk.attachments(reader, number)
			.stream()
			.filter((candidate) -> candidate.id().equals(attachment))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType(file.mediaType());
		response.setContentLengthLong(file.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		try (InputStream in = this.desk.open(reader, number, file)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				OutputStream out = response.getOutputStream()) {
			StreamUtils.copy(in, out);
		}
	}

	/**
	 * Runs what the agent asked. Bad input: the page again, the message next to the field
	 * and the text kept, 400. Read-only right: 403. Another's lock, a change meanwhile or
	 * a state that forbids it: 409 with what happened; nothing of the action is saved.
	 */
	private String act(GuichetUser user, String number, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String done, Runnable action) {
		DeskUser reader = DeskTicketsController.deskUser(user);
		find(reader, number);
		try {
			action.run();
		}
		catch (FieldRefusedException ex) {
			return again(user, number, model, response, HttpStatus.BAD_REQUEST, "fieldError", ex.field(),
					ex.messageKey());
		}
		catch (TicketAccessRefusedException ex) {
			return again(user, number, model, response, HttpStatus.FORBIDDEN, "refused", null, "desk.error.readOnly");
		}
		catch (TicketLockedException ex) {
			model.addAttribute("refusedLock", ex.lock());
			return again(user, number, model, response, HttpStatus.CONFLICT, "refused", null, "desk.error.locked");
		}
		catch (TicketChangedException ex) {
			model.addAttribute("changedBy", (ex.changedBy() != null) ? ex.changedBy() : "?");
			return again(user, number, model, response, HttpStatus.CONFLICT, "refused", null, "desk.error.changed");
		}
		catch (TransitionRefusedException | OptimisticLockingFailureException ex) {
			return again(user, number, model, response, HttpStatus.CONFLICT, "refused", null, "desk.error.transition");
		}
		redirect.addFlashAttribute("done", done);
		return "redirect:/desk/tickets/" + number;
	}

	private String again(GuichetUser user, String number, Model model, HttpServletResponse response, HttpStatus status,
			String kind, String field, String messageKey) {
		response.setStatus(status.value());
		if ("fieldError".equals(kind)) {
			model.addAttribute("fieldError", field);
			model.addAttribute("fieldErrorKey", messageKey);
		}
		else {
			model.addAttribute("refused", messageKey);
		}
		return page(user, find(DeskTicketsController.deskUser(user), number), model);
	}

	private DeskTicket find(DeskUser reader, String number) {
		return this.desk.find(reader, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Map<UserId, String> names(Collection<UserId> ids) {
		return this.accounts.findAll(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
	}

	/**
	 * A canned reply with the ticket's values, for the editor to insert.
	 */
	record RenderedReply(UUID id, String label, String html) {
	}

}
