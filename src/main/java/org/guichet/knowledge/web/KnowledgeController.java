package org.guichet.knowledge.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.knowledge.internal.ArticleNotFoundException;
import org.guichet.knowledge.internal.ArticleRecord;
import org.guichet.knowledge.internal.KnowledgeArticles;
import org.guichet.knowledge.internal.KnowledgeArticles.ArticleVersion;
import org.guichet.knowledge.internal.KnowledgeFeedback;
import org.guichet.knowledge.internal.KnowledgeFiles;
import org.guichet.knowledge.internal.KnowledgeFiles.ArticleImage;
import org.guichet.knowledge.internal.KnowledgeFiles.AttachmentRecord;
import org.guichet.knowledge.internal.KnowledgeInputException;
import org.guichet.knowledge.internal.KnowledgeSearch;
import org.guichet.knowledge.internal.KnowledgeSuggestions;
import org.guichet.knowledge.internal.Reader;
import org.guichet.knowledge.internal.SearchQuery;
import org.guichet.knowledge.internal.SearchResults;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge base as readers see it, signed in or not: its home, the search with its
 * filters, an article with its files, related articles and feedback, its print. An
 * article the reader may not read is a 404, like one that does not exist.
 */
@Controller
class KnowledgeController {

	private static final String VIEWED = "kb.viewed";

	private static final String ANSWERED = "kb.answered";

	private final Readers readers;

	private final KnowledgeSearch search;

	private final KnowledgeSuggestions suggestions;

	private final KnowledgeArticles articles;

	private final KnowledgeFiles files;

	private final KnowledgeFeedback feedback;

	KnowledgeController(Readers readers, KnowledgeSearch search, KnowledgeSuggestions suggestions,
			KnowledgeArticles articles, KnowledgeFiles files, KnowledgeFeedback feedback) {
		this.readers = readers;
		this.search = search;
		this.suggestions = suggestions;
		this.articles = articles;
		this.files = files;
		this.feedback = feedback;
	}

	@GetMapping("/kb")
	String home(@AuthenticationPrincipal GuichetUser user, HttpServletRequest request, Model model) {
		Reader reader = this.readers.of(user, request);
		model.addAttribute("useful", this.search.mostUseful(reader, 6));
		model.addAttribute("recent", this.search.mostRecent(reader, 6));
		return "knowledge/home";
	}

	@GetMapping("/kb/search")
	String search(@AuthenticationPrincipal GuichetUser user, HttpServletRequest request,
			@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String product, @RequestParam(required = false) String domain,
			@RequestParam(required = false) String language, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") String page, Model model) {
		Reader reader = this.readers.of(user, request);
		String number = KnowledgeSearch.number(q).orElse(null);
		if (number != null && this.search.readable(number, reader).isPresent()) {
			return "redirect:/kb/" + number;
		}
		SearchQuery query = new SearchQuery(q, uuid(category), uuid(product), domain, language,
				SearchQuery.Sort.of(sort), integer(page));
		SearchResults results = this.search.search(query, reader);
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("sorts", SearchQuery.Sort.values());
		model.addAttribute("links", new SearchLinks(query));
		return "knowledge/search";
	}

	@GetMapping("/kb/{number}")
	String article(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@RequestParam(required = false) String version, Model model) {
		Reader reader = this.readers.of(user, session);
		ArticleRecord article = readable(number, reader);
		countView(session, article);
		Integer asked = integerOrNull(version);
		if (asked != null && asked != article.publishedVersion()) {
			if (reader.staff()) {
				ArticleVersion old = this.articles.versions(article.id())
					.stream()
					.filter((candidate) -> candidate.version() == asked)
					.findFirst()
					.orElseThrow(ArticleNotFoundException::new);
				model.addAttribute("oldVersion", old);
			}
			else {
				model.addAttribute("latestNotice", true);
			}
		}
		model.addAttribute("article", article);
		model.addAttribute("files", this.files.of(article.id()));
		model.addAttribute("related", this.suggestions.related(article, reader));
		model.addAttribute("answered", answered(session));
		model.addAttribute("signedIn", user != null);
		return "knowledge/article";
	}

	@GetMapping("/kb/{number}/print")
	String print(@AuthenticationPrincipal GuichetUser user, HttpServletRequest request, @PathVariable String number,
			Model model) {
		ArticleRecord article = readable(number, this.readers.of(user, request));
		model.addAttribute("article", article);
		model.addAttribute("files", this.files.of(article.id()));
		return "knowledge/print";
	}

	@GetMapping("/kb/{number}/files/{attachment}")
	void file(@AuthenticationPrincipal GuichetUser user, HttpServletRequest request, @PathVariable String number,
			@PathVariable String attachment, HttpServletResponse response) throws IOException {
		ArticleRecord article = readable(number, this.readers.of(user, request));
		UUID id = uuid(attachment);
		AttachmentRecord file = this.files.of(article.id())
			.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(ArticleNotFoundException::new);
		send(file, ContentDisposition.attachment(), response);
	}

	/**
	 * An image shown in an article's text, to whoever may read the article (staff also
	 * while it is a draft, in the editor). Images only (PNG, JPEG, GIF: never SVG, which
	 * may carry scripts), as such, never sniffed.
	 */
	@GetMapping("/kb/images/{attachment}")
	void image(@AuthenticationPrincipal GuichetUser user, HttpServletRequest request, @PathVariable String attachment,
			HttpServletResponse response) throws IOException {
		UUID id = uuid(attachment);
		ArticleImage image = (id != null) ? this.files.image(id).orElse(null) : null;
		Reader reader = this.readers.of(user, request);
		if (image == null || !(reader.staff() || this.search.readable(image.articleNumber(), reader).isPresent())) {
			throw new ArticleNotFoundException();
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=3600");
		send(image.file(), ContentDisposition.inline(), response);
	}

	/**
	 * Sends a file as its checked media type, never sniffed, under its own name.
	 */
	private void send(AttachmentRecord file, ContentDisposition.Builder disposition, HttpServletResponse response)
			throws IOException {
		response.setContentType(file.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				disposition.filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentLengthLong(file.size());
		try (InputStream in = this.files.open(file); OutputStream out = response.getOutputStream()) {
			in.transferTo(out);
		}
	}

	/**
	 * "Cet article vous a-t-il été utile ?" answered by anybody, once per session; the
	 * stars only by signed-in readers, once per session.
	 */
	@PostMapping("/kb/{number}/feedback")
	String feedback(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable String number,
			@RequestParam(required = false) String helpful, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String comment, RedirectAttributes redirect, HttpServletResponse response,
			Model model) {
		ArticleRecord article = readable(number, this.readers.of(user, session));
		Set<String> answered = answered(session);
		Boolean useful = ("yes".equals(helpful)) ? Boolean.TRUE : ("no".equals(helpful)) ? Boolean.FALSE : null;
		Integer stars = (user != null) ? integerOrNull(rating) : null;
		if (useful != null && answered.contains(number + ":helpful")) {
			useful = null;
		}
		if (stars != null && answered.contains(number + ":rating")) {
			stars = null;
		}
		if (useful == null && stars == null) {
			redirect.addFlashAttribute("kbNotice", "kb.feedback.nothing");
			return "redirect:/kb/" + number + "#feedback";
		}
		try {
			this.feedback.answer(article.id(), (user != null) ? user.id() : null, useful, stars, comment);
		}
		catch (KnowledgeInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("feedbackError", ex.messageKey());
			model.addAttribute("typedComment", comment);
			return article(user, session, number, null, model);
		}
		if (useful != null) {
			answered.add(number + ":helpful");
		}
		if (stars != null) {
			answered.add(number + ":rating");
		}
		session.setAttribute(ANSWERED, answered);
		redirect.addFlashAttribute("kbNotice", "kb.feedback.thanks");
		return "redirect:/kb/" + number + "#feedback";
	}

	private ArticleRecord readable(String number, Reader reader) {
		return KnowledgeSearch.number(number)
			.flatMap((valid) -> this.search.readable(valid, reader))
			.orElseThrow(ArticleNotFoundException::new);
	}

	@SuppressWarnings("unchecked")
	private void countView(HttpSession session, ArticleRecord article) {
		Object viewed = session.getAttribute(VIEWED);
		Set<String> numbers = (viewed instanceof Set<?> set) ? (Set<String>) set : new HashSet<>();
		if (numbers.add(article.number())) {
			this.feedback.viewed(article.id());
			session.setAttribute(VIEWED, new HashSet<>(numbers));
		}
	}

	@SuppressWarnings("unchecked")
	private static Set<String> answered(HttpSession session) {
		Object answered = session.getAttribute(ANSWERED);
		return (answered instanceof Set<?> set) ? new HashSet<>((Set<String>) set) : new HashSet<>();
	}

	static UUID uuid(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static int integer(String value) {
		Integer parsed = integerOrNull(value);
		return (parsed != null) ? parsed : 0;
	}

	static Integer integerOrNull(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The links of the search page: the same search with a filter, a sort or a page
	 * changed.
	 */
	static final class SearchLinks {

		private final SearchQuery query;

		SearchLinks(SearchQuery query) {
			this.query = query;
		}

		public String with(String name, Object value) {
			StringBuilder link = new StringBuilder("/kb/search");
			add(link, "q", this.query.hasText() ? this.query.text() : null, name, value);
			add(link, "category", this.query.categoryId(), name, value);
			add(link, "product", this.query.productId(), name, value);
			add(link, "domain", this.query.domain(), name, value);
			add(link, "language", this.query.language(), name, value);
			add(link, "sort", (this.query.sort() != SearchQuery.Sort.RELEVANCE) ? this.query.sort() : null, name,
					value);
			if ("page".equals(name)) {
				add(link, "page", null, name, value);
			}
			return link.toString();
		}

		public String page(int page) {
			return with("page", page);
		}

		private static void add(StringBuilder link, String param, Object current, String name, Object value) {
			Object chosen = param.equals(name) ? value : current;
			if (chosen != null && !chosen.toString().isEmpty()) {
				link.append((link.indexOf("?") < 0) ? '?' : '&')
					.append(param)
					.append('=')
					.append(URLEncoder.encode(chosen.toString(), StandardCharsets.UTF_8));
			}
		}

	}

}
