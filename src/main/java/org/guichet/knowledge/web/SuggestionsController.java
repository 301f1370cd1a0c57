package org.guichet.knowledge.web;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.knowledge.internal.KnowledgeFeedback;
import org.guichet.knowledge.internal.KnowledgeProperties;
import org.guichet.knowledge.internal.KnowledgeSuggestions;
import org.guichet.knowledge.internal.KnowledgeSuggestions.Suggestion;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The articles suggested while a request is typed, and the requester's answer to "Un
 * article a-t-il répondu à votre question ?": "Oui" ends there (a request spared), "Non"
 * hides the suggestions and the requester files. The ids of the articles shown travel
 * with the form, so that the ticket keeps them for the agent.
 */
@Controller
class SuggestionsController {

	/** More than this many shown articles are not carried along. */
	private static final int MAX_SHOWN = 20;

	private final Readers readers;

	private final KnowledgeSuggestions suggestions;

	private final KnowledgeFeedback feedback;

	private final KnowledgeProperties properties;

	SuggestionsController(Readers readers, KnowledgeSuggestions suggestions, KnowledgeFeedback feedback,
			KnowledgeProperties properties) {
		this.readers = readers;
		this.suggestions = suggestions;
		this.feedback = feedback;
		this.properties = properties;
	}

	/**
	 * @param q the text to match (the benchmark's and any caller's)
	 * @param subject the request form's subject
	 * @param description the request form's description (rich text: its tags are ignored)
	 * @param shown the articles already shown while this request was typed
	 */
	@GetMapping("/kb/suggest")
	String suggest(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@RequestParam(required = false) String q, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String description,
			@RequestParam(name = "kbShown", required = false) List<String> shown, Model model) {
		String text = String.join(" ", Objects.toString(q, ""), Objects.toString(subject, ""),
				Objects.toString(description, ""));
		if (text.length() > 4000) {
			text = text.substring(0, 4000);
		}
		List<Suggestion> found = this.suggestions.suggest(text, this.readers.of(user, session),
				this.properties.suggestions());
		Set<UUID> all = new LinkedHashSet<>(ids(shown));
		found.forEach((suggestion) -> all.add(suggestion.id()));
		model.addAttribute("suggestions", found);
		model.addAttribute("shown", all.stream().limit(MAX_SHOWN).toList());
		return "knowledge/suggestions :: panel";
	}

	/**
	 * "Oui": the article answered; no request is filed. The answer is recorded, then the
	 * requester is sent to a page that says so (htmx's redirect, or a plain one), which a
	 * reload does not record again.
	 */
	@PostMapping("/kb/deflection")
	ResponseEntity<Void> deflected(@AuthenticationPrincipal GuichetUser user,
			@RequestParam(required = false) String kbArticle, @RequestParam(required = false) String requestTypeId,
			@RequestParam(name = "kbShown", required = false) List<String> shown,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request) {
		UUID article = KnowledgeController.uuid(kbArticle);
		UUID type = KnowledgeController.uuid(requestTypeId);
		this.feedback.shown(type, ids(shown), user.id());
		if (article != null) {
			this.feedback.deflected(type, article, user.id());
		}
		String done = request.getContextPath() + "/kb/deflected";
		if ("true".equals(htmx)) {
			return ResponseEntity.ok().header("HX-Redirect", done).build();
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(done)).build();
	}

	@GetMapping("/kb/deflected")
	String deflected() {
		return "knowledge/deflected";
	}

	/**
	 * "Non": none answered; the suggestions give way to the form.
	 */
	@PostMapping("/kb/deflection/continue")
	String continued(@AuthenticationPrincipal GuichetUser user, @RequestParam(required = false) String requestTypeId,
			@RequestParam(name = "kbShown", required = false) List<String> shown, Model model) {
		UUID type = KnowledgeController.uuid(requestTypeId);
		List<UUID> ids = ids(shown);
		this.feedback.shown(type, ids, user.id());
		this.feedback.continued(type, user.id());
		model.addAttribute("shown", ids);
		return "knowledge/suggestions :: continued";
	}

	static List<UUID> ids(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.map(KnowledgeController::uuid)
			.filter(Objects::nonNull)
			.distinct()
			.limit(MAX_SHOWN)
			.toList();
	}

}
