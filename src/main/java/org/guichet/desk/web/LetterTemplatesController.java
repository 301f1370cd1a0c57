package org.guichet.desk.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.desk.internal.CannedReply;
import org.guichet.desk.internal.Contacts;
import org.guichet.desk.internal.DeskInputException;
import org.guichet.desk.internal.LetterTemplate;
import org.guichet.desk.internal.LetterTemplates;
import org.guichet.desk.internal.LetterVariables;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Courriers types" and "réponses types", kept by managers and administrators: each saved
 * text is checked for variables that do not exist, and a letter is previewed as a page
 * and as a PDF with sample values.
 */
@Controller
class LetterTemplatesController {

	private final LetterTemplates store;

	private final Contacts contacts;

	LetterTemplatesController(LetterTemplates store, Contacts contacts) {
		this.store = store;
		this.contacts = contacts;
	}

	@ModelAttribute
	void managersOnly(@AuthenticationPrincipal GuichetUser user, Model model) {
		if (user == null || !user.hasStaffRole(StaffRole.MANAGER)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("variables", LetterVariables.NAMES);
		model.addAttribute("layouts", LetterTemplate.Layout.values());
	}

	@GetMapping("/desk/letter-templates")
	String list(Model model) {
		model.addAttribute("templates", this.store.templates());
		model.addAttribute("replies", this.store.replies());
		return "desk/letter-templates";
	}

	@GetMapping("/desk/letter-templates/new")
	String newTemplate(Model model) {
		return templateForm(new LetterTemplate(null, "", "", LetterTemplate.Layout.LETTERHEAD, "", true, 0), model);
	}

	@GetMapping("/desk/letter-templates/{id}")
	String template(@PathVariable UUID id, Model model) {
		return templateForm(template(id), model);
	}

	private String templateForm(LetterTemplate template, Model model) {
		model.addAttribute("template", template);
		return "desk/letter-template";
	}

	@PostMapping({ "/desk/letter-templates", "/desk/letter-templates/{id}" })
	String saveTemplate(@PathVariable(required = false) UUID id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(defaultValue = "") String shortLabel, @RequestParam(defaultValue = "") String label,
			@RequestParam(required = false) LetterTemplate.Layout layout, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "false") boolean active, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (id != null) {
			template(id);
		}
		LetterTemplate typed = new LetterTemplate(id, shortLabel, label,
				(layout != null) ? layout : LetterTemplate.Layout.LETTERHEAD, body, active, version);
		try {
			UUID saved = this.store.saveTemplate(id, version, shortLabel, label, layout, body, active);
			redirect.addFlashAttribute("done", "desk.template.done.saved");
			return "redirect:/desk/letter-templates/" + saved;
		}
		catch (DeskInputException ex) {
			refused(ex, response, model);
			return templateForm(typed, model);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return templateForm(typed, model);
		}
	}

	/**
	 * The letter as it will print, with sample values.
	 */
	@GetMapping("/desk/letter-templates/{id}/preview")
	String preview(@PathVariable UUID id, Locale locale, Model model) {
		LetterTemplate template = template(id);
		model.addAttribute("template", template);
		model.addAttribute("body", this.contacts.body(template, this.contacts.sampleValues(locale)));
		model.addAttribute("pdf", "/desk/letter-templates/" + id + "/preview.pdf");
		return "desk/letter-preview";
	}

	@GetMapping("/desk/letter-templates/{id}/preview.pdf")
	ResponseEntity<byte[]> previewPdf(@PathVariable UUID id, Locale locale) {
		LetterTemplate template = template(id);
		return DeskContactController.pdf(this.contacts.letterPdf(template, this.contacts.sampleValues(locale), locale),
				"apercu.pdf");
	}

	@GetMapping("/desk/canned-replies/new")
	String newReply(Model model) {
		return replyForm(new CannedReply(null, "", "", true, 0), model);
	}

	@GetMapping("/desk/canned-replies/{id}")
	String reply(@PathVariable UUID id, Model model) {
		return replyForm(this.store.reply(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				model);
	}

	private String replyForm(CannedReply reply, Model model) {
		model.addAttribute("reply", reply);
		return "desk/canned-reply";
	}

	@PostMapping({ "/desk/canned-replies", "/desk/canned-replies/{id}" })
	String saveReply(@PathVariable(required = false) UUID id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "false") boolean active, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (id != null && this.store.reply(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		CannedReply typed = new CannedReply(id, label, body, active, version);
		try {
			UUID saved = this.store.saveReply(id, version, label, body, active);
			redirect.addFlashAttribute("done", "desk.reply.done.saved");
			return "redirect:/desk/canned-replies/" + saved;
		}
		catch (DeskInputException ex) {
			refused(ex, response, model);
			return replyForm(typed, model);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return replyForm(typed, model);
		}
	}

	private static void refused(DeskInputException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("fieldError", ex.field());
		model.addAttribute("fieldErrorKey", ex.messageKey());
		model.addAttribute("fieldErrorArguments", ex.arguments());
	}

	private LetterTemplate template(UUID id) {
		return this.store.template(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
