package org.guichet.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.knowledge.internal.ArticleStatus.ArticleStateException;
import org.guichet.shared.RichText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's side of articles: drafts written and changed, publications (each a version kept
 * with what it said), retirement. Agents write drafts; managers and administrators
 * publish and retire (checked by the desk's controller with {@link EditorPolicy}).
 */
@Service
@Transactional
public class KnowledgeArticles {

	private final JdbcClient jdbc;

	private final KnowledgeFiles files;

	private final Clock clock;

	KnowledgeArticles(JdbcClient jdbc, KnowledgeFiles files, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * @return the new draft's number
	 * @throws KnowledgeInputException when the title is empty or too long
	 */
	public String create(ArticleDraft draft, UserId author) {
		// a new article has no file yet, so no image its text could show
		String body = check(draft, Map.of());
		Instant now = this.clock.instant();
		long next = this.jdbc.sql("select nextval('kb_article_numbers')").query(Long.class).single();
		String number = "KB%07d".formatted(next);
		this.jdbc.sql("""
				insert into kb_articles (article_id, number, status, audience, language, category_id, product_id,
				  domain, title, summary, body, body_text, author_id, created_at, updated_at)
				values (:id, :number, 'DRAFT', :audience, :language, :category, :product, :domain, :title, :summary,
				  :body, :bodyText, :author, :now, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("number", number)
			.param("audience", draft.audience().name())
			.param("language", language(draft.language()))
			.param("category", draft.categoryId())
			.param("product", draft.productId())
			.param("domain", blankToNull(draft.domain()))
			.param("title", draft.title().strip())
			.param("summary", (draft.summary() != null) ? draft.summary().strip() : "")
			.param("body", body)
			.param("bodyText", RichText.toPlainText(body))
			.param("author", (author != null) ? author.value() : null)
			.param("now", java.sql.Timestamp.from(now))
			.update();
		return number;
	}

	/**
	 * Changes an article's text and settings. A published article changes only by a new
	 * publication, so that readers never read what was not published.
	 * @param publish whether to publish the change at once (a new version)
	 */
	public void update(String number, ArticleDraft draft, boolean publish, UserId by) {
		ArticleRecord article = find(number).orElseThrow(ArticleNotFoundException::new);
		if (article.status() == ArticleStatus.PUBLISHED && !publish) {
			throw new ArticleStateException();
		}
		String body = check(draft, this.files.descriptions(article.id()));
		this.jdbc.sql("""
				update kb_articles set audience = :audience, language = :language, category_id = :category,
				  product_id = :product, domain = :domain, title = :title, summary = :summary, body = :body,
				  body_text = :bodyText, updated_at = :now, version = version + 1
				where article_id = :id
				""")
			.param("audience", draft.audience().name())
			.param("language", language(draft.language()))
			.param("category", draft.categoryId())
			.param("product", draft.productId())
			.param("domain", blankToNull(draft.domain()))
			.param("title", draft.title().strip())
			.param("summary", (draft.summary() != null) ? draft.summary().strip() : "")
			.param("body", body)
			.param("bodyText", RichText.toPlainText(body))
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("id", article.id())
			.update();
		if (publish) {
			publish(number, by);
		}
	}

	/**
	 * Publishes the article's text as its next version, kept in its history.
	 * @return the version published
	 */
	public int publish(String number, UserId by) {
		ArticleRecord article = find(number).orElseThrow(ArticleNotFoundException::new);
		ArticleStatus next = article.status().publish();
		Instant now = this.clock.instant();
		int version = this.jdbc.sql("""
				update kb_articles set status = :status, published_version = published_version + 1,
				  published_at = :now, updated_at = :now, version = version + 1
				where article_id = :id returning published_version
				""")
			.param("status", next.name())
			.param("now", java.sql.Timestamp.from(now))
			.param("id", article.id())
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into kb_article_versions (article_id, version, title, summary, body, published_by, published_at)
				select article_id, published_version, title, summary, body, :by, :now from kb_articles
				where article_id = :id
				""")
			.param("by", (by != null) ? by.value() : null)
			.param("now", java.sql.Timestamp.from(now))
			.param("id", article.id())
			.update();
		return version;
	}

	/**
	 * Takes a published article away from readers; its versions stay.
	 */
	public void retire(String number) {
		ArticleRecord article = find(number).orElseThrow(ArticleNotFoundException::new);
		ArticleStatus next = article.status().retire();
		this.jdbc
			.sql("update kb_articles set status = :status, updated_at = :now, version = version + 1"
					+ " where article_id = :id")
			.param("status", next.name())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("id", article.id())
			.update();
	}

	/**
	 * @return the article whatever its status or audience (staff's view)
	 */
	@Transactional(readOnly = true)
	public Optional<ArticleRecord> find(String number) {
		return this.jdbc.sql("select " + ArticleRecord.COLUMNS + ArticleRecord.JOINS + " where a.number = :number")
			.param("number", number)
			.query((rs, row) -> ArticleRecord.of(rs))
			.optional();
	}

	/**
	 * @return every article, drafts first, then the latest changed
	 */
	@Transactional(readOnly = true)
	public List<ArticleRecord> all(String status) {
		return this.jdbc
			.sql("select " + ArticleRecord.COLUMNS + ArticleRecord.JOINS
					+ " where (cast(:status as varchar) is null or a.status = :status)"
					+ " order by a.status = 'DRAFT' desc, a.updated_at desc limit 500")
			.param("status", status)
			.query((rs, row) -> ArticleRecord.of(rs))
			.list();
	}

	/**
	 * @return the article's versions, latest first
	 */
	@Transactional(readOnly = true)
	public List<ArticleVersion> versions(UUID articleId) {
		return this.jdbc.sql("""
				select v.version, v.title, v.summary, v.body, u.display_name, v.published_at
				from kb_article_versions v left join users u on u.user_id = v.published_by
				where v.article_id = :id order by v.version desc
				""")
			.param("id", articleId)
			.query((rs, row) -> new ArticleVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	private static String check(ArticleDraft draft, Map<UUID, String> images) {
		if (draft.title() == null || draft.title().isBlank()) {
			throw new KnowledgeInputException("title", "kb.error.title");
		}
		if (draft.title().strip().length() > 200) {
			throw new KnowledgeInputException("title", "kb.error.titleLength");
		}
		if (draft.summary() != null && draft.summary().strip().length() > 1000) {
			throw new KnowledgeInputException("summary", "kb.error.summaryLength");
		}
		if (draft.domain() != null && draft.domain().strip().length() > 100) {
			throw new KnowledgeInputException("domain", "kb.error.domainLength");
		}
		if (draft.audience() == null) {
			throw new KnowledgeInputException("audience", "kb.error.audience");
		}
		return ArticleBody.sanitize(draft.body(), images);
	}

	private static String language(String language) {
		return "en".equals(language) ? "en" : "fr";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A publication of an article.
	 *
	 * @param version its number, from 1
	 * @param title the title then
	 * @param summary the summary then
	 * @param body the body then
	 * @param publishedBy who published it, or {@code null}
	 * @param publishedAt when
	 */
	public record ArticleVersion(int version, String title, String summary, String body, String publishedBy,
			Instant publishedAt) {

		/**
		 * @return the version's text, a line per paragraph, for the diff
		 */
		public String text() {
			return this.title + "\n" + this.summary + "\n" + RichText.toPlainText(this.body);
		}

	}

}
