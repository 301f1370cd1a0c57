package org.guichet.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles offered beside what the reader asked: those that may answer the request being
 * typed, and those related to the article being read. Bounded by what the {@link Reader}
 * may read, in the SQL itself, as every reading of the knowledge base.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class KnowledgeSuggestions {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");

	private final JdbcClient jdbc;

	KnowledgeSuggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The articles that may answer what a requester is typing: any of its words found,
	 * best first.
	 * @return at most {@code limit} articles
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggest(String text, Reader reader, int limit) {
		String words = anyOf(text);
		if (words.isEmpty()) {
			return List.of();
		}
		// An "or" of a dozen words is estimated to match far more articles than it
		// does, and the planner then reads every row (7.7 ms for 10,000 articles)
		// rather than the index of titles and summaries (1.6 ms). The index is always
		// the better path here: sequential scans are off for this transaction only.
		this.jdbc.sql("select set_config('enable_seqscan', 'off', true)").query(String.class).single();
		return KnowledgeSearch.scope(this.jdbc.sql("""
				select a.article_id, a.number, a.title, a.summary
				from to_tsquery('french_unaccent', :words) q, kb_articles a
				where %s and a.headline_document @@ q
				order by ts_rank(a.headline_document, q) desc, a.views desc
				limit :limit
				""".formatted(Reader.condition())), reader)
			.param("words", words)
			.param("limit", limit)
			.query(KnowledgeSuggestions::suggestion)
			.list();
	}

	/**
	 * @return articles of the same category or product, or sharing words of its title,
	 * that the reader may read
	 */
	public List<Suggestion> related(ArticleRecord article, Reader reader) {
		String words = anyOf(article.title());
		return KnowledgeSearch
			.scope(this.jdbc
				.sql("""
						select a.article_id, a.number, a.title, a.summary
						from to_tsquery('french_unaccent', :words) q, kb_articles a
						where %s and a.article_id <> :id
						  and (a.category_id = cast(:category as uuid) or a.product_id = cast(:product as uuid)
						       or (:words <> '' and a.document @@ q))
						order by (a.category_id = cast(:category as uuid) or a.product_id = cast(:product as uuid)) is true desc,
						  case when :words <> '' then ts_rank(a.document, q) else 0 end desc,
						  a.views desc
						limit 5
						"""
					.formatted(Reader.condition())), reader)
			.param("id", article.id())
			.param("category", article.categoryId())
			.param("product", article.productId())
			.param("words", words)
			.query(KnowledgeSuggestions::suggestion)
			.list();
	}

	private static Suggestion suggestion(ResultSet rs, int row) throws SQLException {
		return new Suggestion(rs.getObject("article_id", UUID.class), rs.getString("number"), rs.getString("title"),
				rs.getString("summary"));
	}

	/**
	 * @return the words of the text joined by "or", for {@code to_tsquery}: only letters
	 * and digits, so nothing typed is read as an operator
	 */
	static String anyOf(String text) {
		if (text == null) {
			return "";
		}
		String plain = text.replaceAll("<[^>]*>", " ");
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(plain);
		while (matcher.find() && words.size() < 30) {
			words.add(matcher.group().toLowerCase(Locale.ROOT));
		}
		return String.join(" | ", words);
	}

	/**
	 * An article offered to a reader: a suggestion, a related article.
	 *
	 * @param id its id
	 * @param number its number
	 * @param title its title
	 * @param summary its summary
	 */
	public record Suggestion(UUID id, String number, String title, String summary) {

	}

}
