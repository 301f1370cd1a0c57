package org.guichet.ticket.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.shared.FieldRefusedException;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.Categories;
import org.guichet.ticket.DeskUser;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;
import org.guichet.ticket.internal.InboundQuarantine;
import org.guichet.ticket.internal.TicketService.TicketNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's page of inbound e-mails waiting in quarantine ({@code /desk/inbound}): why
 * each waits, and what the agent does with it. Bad input shows the page again with the
 * message next to the field of that message, with a 400; a message a colleague handled
 * meanwhile, a 409.
 */
@Controller
class InboundQuarantineController {

	private final InboundQuarantine quarantine;

	private final RequestTypes requestTypes;

	private final Categories categories;

	InboundQuarantineController(InboundQuarantine quarantine, RequestTypes requestTypes, Categories categories) {
		this.quarantine = quarantine;
		this.requestTypes = requestTypes;
		this.categories = categories;
	}

	static DeskUser deskUser(GuichetUser user) {
		return new DeskUser(user.id(), user.hasStaffRole(StaffRole.ADMINISTRATOR));
	}

	@GetMapping("/desk/inbound")
	String list(@AuthenticationPrincipal GuichetUser user, Model model) {
		DeskUser reader = deskUser(user);
		model.addAttribute("rows", this.quarantine.waiting(reader));
		model.addAttribute("requestTypes", requestTypes(reader));
		return "ticket/inbound";
	}

	@PostMapping("/desk/inbound/{id}/attach")
	String attach(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@RequestParam(required = false) String number, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		model.addAttribute("typedNumber", number);
		return act(user, id, model, response, redirect, () -> {
			String attached = this.quarantine.attach(deskUser(user), id, number);
			redirect.addFlashAttribute("done", "inbound.done.attached");
			redirect.addFlashAttribute("doneNumber", attached);
		});
	}

	@PostMapping("/desk/inbound/{id}/create")
	String create(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID requestTypeId, @RequestParam(required = false) UUID organizationId,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(user, id, model, response, redirect, () -> {
			String created = this.quarantine.create(deskUser(user), id, requestTypeId, organizationId);
			redirect.addFlashAttribute("done", "inbound.done.created");
			redirect.addFlashAttribute("doneNumber", created);
		});
	}

	@PostMapping("/desk/inbound/{id}/discard")
	String discard(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(user, id, model, response, redirect, () -> {
			this.quarantine.discard(deskUser(user), id);
			redirect.addFlashAttribute("done", "inbound.done.discarded");
		});
	}

	/**
	 * The message as received, to open in a mail program: always a download, never shown
	 * by the browser.
	 */
	@GetMapping("/desk/inbound/{id}/message.eml")
	void original(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, HttpServletResponse response)
			throws IOException {
		try (InputStream in = this.quarantine.original(deskUser(user), id).orElseThrow(TicketNotFoundException::new)) {
			response.setContentType("application/octet-stream");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("message.eml").build().toString());
			OutputStream out = response.getOutputStream();
			StreamUtils.copy(in, out);
		}
	}

	private String act(GuichetUser user, UUID id, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			return "redirect:/desk/inbound";
		}
		catch (FieldRefusedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorRow", id);
			model.addAttribute("fieldError", ex.field());
			model.addAttribute("fieldErrorKey", ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("errorRow", id);
			model.addAttribute("fieldError", "message");
			model.addAttribute("fieldErrorKey", "inbound.error.handled");
		}
		return list(user, model);
	}

	/**
	 * @return the types a ticket may be filed with from a message: active, needing no
	 * product, of a category the agent handles
	 */
	private List<RequestTypeView> requestTypes(DeskUser user) {
		Map<UUID, CategoryAccess> rights = this.categories.accessOf(user.id());
		return this.requestTypes.active()
			.stream()
			.filter((type) -> !type.contractRequired())
			.filter((type) -> user.administrator() || (type.categoryId() != null
					&& rights.getOrDefault(type.categoryId(), CategoryAccess.NONE).includes(CategoryAccess.WRITE)))
			.toList();
	}

}
