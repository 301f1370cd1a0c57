package org.guichet.knowledge.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.knowledge.internal.ArticleNotFoundException;
import org.guichet.knowledge.internal.ArticleRecord;
import org.guichet.knowledge.internal.ArticleStatus;
import org.guichet.knowledge.internal.Audience;
import org.guichet.knowledge.internal.KnowledgeArticles;
import org.guichet.knowledge.internal.KnowledgeArticles.ArticleVersion;
import org.guichet.knowledge.internal.KnowledgeCategories;
import org.guichet.knowledge.internal.KnowledgeFeedback;
import org.guichet.knowledge.internal.KnowledgeFiles;
import org.guichet.knowledge.internal.KnowledgeFiles.AttachmentRecord;
import org.guichet.knowledge.internal.KnowledgeInputException;
import org.guichet.knowledge.internal.KnowledgeProperties;
import org.guichet.knowledge.internal.KnowledgeSearch;
import org.guichet.knowledge.internal.LineDiff;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's side of the knowledge base, in the desk: the list of articles, the editor,
 * files, versions with what each changed, readers' feedback, poorly rated articles and
 * what the suggestions spared. Agents write and change drafts; managers and
 * administrators publish, change published articles (a new version) and retire.
 */
@Controller
class KnowledgeDeskController {

	private final KnowledgeArticles articles;

	private final KnowledgeFiles files;

	private final KnowledgeCategories categories;

	private final KnowledgeFeedback feedback;

	private final KnowledgeProperties properties;

	KnowledgeDeskController(KnowledgeArticles articles, KnowledgeFiles files, KnowledgeCategories categories,
			KnowledgeFeedback feedback, KnowledgeProperties properties) {
		this.articles = articles;
		this.files = files;
		this.categories = categories;
		this.feedback = feedback;
		this.properties = properties;
	}

	@ModelAttribute("mayPublish")
	boolean mayPublish(@AuthenticationPrincipal GuichetUser user) {
		return user != null && user.hasStaffRole(StaffRole.MANAGER);
	}

	@GetMapping("/desk/kb")
	String list(@RequestParam(required = false) String status, Model model) {
		ArticleStatus only = parse(status);
		model.addAttribute("articles", this.articles.all((only != null) ? only.name() : null));
		model.addAttribute("status", only);
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("categories", this.categories.tree());
		return "knowledge/desk-list";
	}

	@PostMapping("/desk/kb/categories")
	String addCategory(@RequestParam(required = false) String name, @RequestParam(required = false) String parentId,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		try {
			this.categories.create(name, KnowledgeController.uuid(parentId));
		}
		catch (KnowledgeInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("categoryError", ex.messageKey());
			model.addAttribute("typedCategory", name);
			return list(null, model);
		}
		redirect.addFlashAttribute("done", "kb.desk.categoryAdded");
		return "redirect:/desk/kb";
	}

	@GetMapping("/desk/kb/new")
	String newArticle(Model model) {
		return editor(null, new ArticleForm(), model);
	}

	@PostMapping("/desk/kb")
	String create(@AuthenticationPrincipal GuichetUser user, @ModelAttribute("articleForm") ArticleForm form,
			BindingResult errors, @RequestParam(required = false) String publish, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		if (publish != null) {
			requirePublisher(user);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editor(null, form, model);
		}
		try {
			String number = this.articles.create(form.toDraft(), user.id());
			if (publish != null) {
				this.articles.publish(number, user.id());
			}
			redirect.addFlashAttribute("done", (publish != null) ? "kb.desk.published" : "kb.desk.saved");
			return "redirect:/desk/kb/" + number;
		}
		catch (KnowledgeInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			errors.rejectValue(ex.field(), ex.messageKey());
			return editor(null, form, model);
		}
	}

	@GetMapping("/desk/kb/{number}")
	String edit(@PathVariable String number, Model model) {
		ArticleRecord article = article(number);
		return editor(article, ArticleForm.of(article), model);
	}

	@PostMapping("/desk/kb/{number}")
	String update(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@ModelAttribute("articleForm") ArticleForm form, BindingResult errors,
			@RequestParam(required = false) String publish, HttpServletResponse response, RedirectAttributes redirect,
			Model model) {
		ArticleRecord article = article(number);
		boolean publishing = publish != null || article.status() == ArticleStatus.PUBLISHED;
		if (publishing) {
			requirePublisher(user);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editor(article, form, model);
		}
		try {
			this.articles.update(number, form.toDraft(), publishing, user.id());
		}
		catch (KnowledgeInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			errors.rejectValue(ex.field(), ex.messageKey());
			return editor(article, form, model);
		}
		redirect.addFlashAttribute("done", publishing ? "kb.desk.published" : "kb.desk.saved");
		return "redirect:/desk/kb/" + number;
	}

	/**
	 * A published article's files show to readers at once: only those who publish change
	 * them.
	 */
	private static void requirePublisherOfPublished(GuichetUser user, ArticleRecord article) {
		if (article.status() == ArticleStatus.PUBLISHED) {
			requirePublisher(user);
		}
	}

	@PostMapping("/desk/kb/{number}/retire")
	String retire(@AuthenticationPrincipal GuichetUser user, @PathVariable String number, RedirectAttributes redirect) {
		requirePublisher(user);
		this.articles.retire(article(number).number());
		redirect.addFlashAttribute("done", "kb.desk.retired");
		return "redirect:/desk/kb/" + number;
	}

	@PostMapping("/desk/kb/{number}/files")
	String attach(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "alt", required = false) String alt, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		ArticleRecord article = article(number);
		requirePublisherOfPublished(user, article);
		try {
			if (file == null || file.isEmpty()) {
				throw new KnowledgeInputException("file", "kb.error.fileEmpty");
			}
			this.files.attach(article.id(), file.getOriginalFilename(), file.getSize(), file, alt);
		}
		catch (KnowledgeInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute(ex.field().equals("alt") ? "altError" : "fileError", ex.messageKey());
			model.addAttribute("typedAlt", alt);
			return editor(article, ArticleForm.of(article), model);
		}
		redirect.addFlashAttribute("done", "kb.desk.fileAdded");
		return "redirect:/desk/kb/" + number + "#files";
	}

	@PostMapping("/desk/kb/{number}/files/{attachment}/remove")
	String removeFile(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@PathVariable String attachment, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		ArticleRecord article = article(number);
		requirePublisherOfPublished(user, article);
		UUID id = KnowledgeController.uuid(attachment);
		if (id != null) {
			try {
				this.files.remove(article.id(), id);
			}
			catch (KnowledgeInputException ex) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("fileError", ex.messageKey());
				return editor(article, ArticleForm.of(article), model);
			}
		}
		redirect.addFlashAttribute("done", "kb.desk.fileRemoved");
		return "redirect:/desk/kb/" + number + "#files";
	}

	/**
	 * What an image shows, changed: in the file and wherever the article's text shows it.
	 */
	@PostMapping("/desk/kb/{number}/files/{attachment}/description")
	String describeImage(@AuthenticationPrincipal GuichetUser user, @PathVariable String number,
			@PathVariable String attachment, @RequestParam(name = "alt", required = false) String alt,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		ArticleRecord article = article(number);
		requirePublisherOfPublished(user, article);
		UUID id = KnowledgeController.uuid(attachment);
		if (id == null) {
			throw new ArticleNotFoundException();
		}
		try {
			this.files.describe(article.id(), id, alt);
		}
		catch (KnowledgeInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("describeError", ex.messageKey());
			model.addAttribute("describedFile", id);
			model.addAttribute("typedDescription", alt);
			return editor(article, ArticleForm.of(article), model);
		}
		redirect.addFlashAttribute("done", "kb.desk.imageDescribed");
		return "redirect:/desk/kb/" + number + "#files";
	}

	@GetMapping("/desk/kb/{number}/files/{attachment}")
	void file(@PathVariable String number, @PathVariable String attachment, HttpServletResponse response)
			throws IOException {
		ArticleRecord article = article(number);
		UUID id = KnowledgeController.uuid(attachment);
		AttachmentRecord file = this.files.of(article.id())
			.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(ArticleNotFoundException::new);
		response.setContentType(file.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (InputStream in = this.files.open(file); OutputStream out = response.getOutputStream()) {
			in.transferTo(out);
		}
	}

	/**
	 * A version as it was published, and what it changed from the one before.
	 */
	@GetMapping("/desk/kb/{number}/versions/{version}")
	String version(@PathVariable String number, @PathVariable String version, Model model) {
		ArticleRecord article = article(number);
		Integer asked = KnowledgeController.integerOrNull(version);
		List<ArticleVersion> versions = this.articles.versions(article.id());
		ArticleVersion shown = versions.stream()
			.filter((candidate) -> asked != null && candidate.version() == asked)
			.findFirst()
			.orElseThrow(ArticleNotFoundException::new);
		ArticleVersion previous = versions.stream()
			.filter((candidate) -> candidate.version() == shown.version() - 1)
			.findFirst()
			.orElse(null);
		model.addAttribute("article", article);
		model.addAttribute("shown", shown);
		model.addAttribute("previous", previous);
		model.addAttribute("diff", LineDiff.between((previous != null) ? previous.text() : "", shown.text()));
		return "knowledge/desk-version";
	}

	@GetMapping("/desk/kb/{number}/feedback")
	String feedback(@PathVariable String number, Model model) {
		ArticleRecord article = article(number);
		model.addAttribute("article", article);
		model.addAttribute("answers", this.feedback.of(article.id()));
		return "knowledge/desk-feedback";
	}

	@GetMapping("/desk/kb/poorly-rated")
	String poorlyRated(Model model) {
		model.addAttribute("articles", this.feedback.poorlyRated());
		return "knowledge/desk-poorly-rated";
	}

	@GetMapping("/desk/kb/statistics")
	String statistics(Model model) {
		model.addAttribute("byType", this.feedback.byRequestType());
		model.addAttribute("byArticle", this.feedback.byArticle());
		return "knowledge/desk-statistics";
	}

	private String editor(ArticleRecord article, ArticleForm form, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("articleForm", form);
		model.addAttribute("categories", this.categories.tree());
		model.addAttribute("products", this.categories.products());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("maxAttachmentSize", this.properties.maxAttachmentSize().toMegabytes());
		if (article != null) {
			model.addAttribute("files", this.files.of(article.id()));
			model.addAttribute("versions", this.articles.versions(article.id()));
		}
		return "knowledge/desk-editor";
	}

	private ArticleRecord article(String number) {
		return KnowledgeSearch.number(number).flatMap(this.articles::find).orElseThrow(ArticleNotFoundException::new);
	}

	private static void requirePublisher(GuichetUser user) {
		if (!user.hasStaffRole(StaffRole.MANAGER)) {
			// agents write drafts; managers and administrators decide what readers read
			throw new PublishingRefusedException();
		}
	}

	private static ArticleStatus parse(String status) {
		try {
			return (status == null || status.isBlank()) ? null : ArticleStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Only managers and administrators publish and retire.
	 */
	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class PublishingRefusedException extends RuntimeException {

	}

}
