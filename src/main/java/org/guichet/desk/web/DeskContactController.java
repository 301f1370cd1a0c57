package org.guichet.desk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.guichet.account.GuichetUser;
import org.guichet.desk.internal.Contacts;
import org.guichet.desk.internal.LetterTemplate;
import org.guichet.desk.internal.LetterTemplates;
import org.guichet.ticket.DeskTicket;
import org.guichet.ticket.DeskTickets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Contacter le demandeur" on a ticket's workspace: a template filled with the ticket's
 * values and the observation typed, previewed as a page or a PDF, then sent by e-mail or
 * text message, printed as a letter, or a phone call noted (sent from the workspace,
 * {@link DeskTicketController}).
 */
@Controller
class DeskContactController {

	private final DeskTickets desk;

	private final LetterTemplates templates;

	private final Contacts contacts;

	DeskContactController(DeskTickets desk, LetterTemplates templates, Contacts contacts) {
		this.desk = desk;
		this.templates = templates;
		this.contacts = contacts;
	}

	@RequestMapping(path = "/desk/tickets/{number}/contact/preview", method = { RequestMethod.GET, RequestMethod.POST })
	String preview(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@RequestParam(required = false) UUID template, @RequestParam(defaultValue = "") String observation,
			Locale locale, Model model) {
		DeskTicket ticket = ticket(user, number);
		LetterTemplate chosen = template(template);
		model.addAttribute("template", chosen);
		model.addAttribute("card", ticket.card());
		model.addAttribute("body", this.contacts.body(chosen, this.contacts.values(ticket, observation, locale)));
		model.addAttribute("pdf", "/desk/tickets/" + number + "/contact/letter.pdf?template=" + chosen.id()
				+ "&observation=" + URLEncoder.encode(observation, StandardCharsets.UTF_8));
		return "desk/letter-preview";
	}

	@GetMapping("/desk/tickets/{number}/contact/letter.pdf")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@RequestParam(required = false) UUID template, @RequestParam(defaultValue = "") String observation,
			Locale locale) {
		DeskTicket ticket = ticket(user, number);
		LetterTemplate chosen = template(template);
		return pdf(this.contacts.letterPdf(chosen, this.contacts.values(ticket, observation, locale), locale),
				"courrier-" + number + ".pdf");
	}

	private DeskTicket ticket(GuichetUser user, String number) {
		return this.desk.find(DeskTicketsController.deskUser(user), number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private LetterTemplate template(UUID id) {
		if (id == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return this.templates.template(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(bytes);
	}

}
