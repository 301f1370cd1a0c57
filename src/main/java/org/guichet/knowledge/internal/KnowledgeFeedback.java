package org.guichet.knowledge.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.guichet.shared.TypedText;
import org.guichet.account.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers did with articles: views, "utile ? Oui / Non" with a comment, stars; and
 * what the suggestions of the request form did (shown, a request spared, the requester
 * went on). Counters on the article are kept with each answer, so that no page counts
 * over all answers.
 */
@Service
@Transactional
public class KnowledgeFeedback {

	private final JdbcClient jdbc;

	private final Clock clock;

	KnowledgeFeedback(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts a reading (the controller counts once per session).
	 */
	public void viewed(UUID articleId) {
		this.jdbc.sql("update kb_articles set views = views + 1 where article_id = :id")
			.param("id", articleId)
			.update();
	}

	/**
	 * Keeps a reader's answer.
	 * @param helpful their answer to "utile ?", or {@code null}
	 * @param rating their stars, 1 to 5, or {@code null}
	 * @param comment what they added, or {@code null}
	 * @throws KnowledgeInputException when nothing is answered, the stars are out of
	 * range or the comment too long
	 */
	public void answer(UUID articleId, UserId reader, Boolean helpful, Integer rating, String comment) {
		if (rating != null && (rating < 1 || rating > 5)) {
			throw new KnowledgeInputException("rating", "kb.error.rating");
		}
		String text = (comment == null || comment.isBlank()) ? null : TypedText.clean(comment).strip();
		if (text != null && text.length() > 1000) {
			throw new KnowledgeInputException("comment", "kb.error.commentLength");
		}
		if (helpful == null && rating == null) {
			throw new KnowledgeInputException("helpful", "kb.error.noAnswer");
		}
		this.jdbc.sql("""
				insert into kb_feedback (feedback_id, article_id, user_id, helpful, rating, comment, created_at)
				values (:id, :article, :user, :helpful, :rating, :comment, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("article", articleId)
			.param("user", (reader != null) ? reader.value() : null)
			.param("helpful", helpful)
			.param("rating", rating)
			.param("comment", text)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql("""
				update kb_articles set helpful_yes = helpful_yes + :yes, helpful_no = helpful_no + :no,
				  rating_sum = rating_sum + :stars, rating_count = rating_count + :rated
				where article_id = :article
				""")
			.param("yes", Boolean.TRUE.equals(helpful) ? 1 : 0)
			.param("no", Boolean.FALSE.equals(helpful) ? 1 : 0)
			.param("stars", (rating != null) ? rating : 0)
			.param("rated", (rating != null) ? 1 : 0)
			.param("article", articleId)
			.update();
	}

	/**
	 * @return the answers about an article, latest first
	 */
	@Transactional(readOnly = true)
	public List<FeedbackRecord> of(UUID articleId) {
		return this.jdbc.sql("""
				select f.helpful, f.rating, f.comment, u.display_name, f.created_at from kb_feedback f
				left join users u on u.user_id = f.user_id
				where f.article_id = :article order by f.created_at desc limit 200
				""")
			.param("article", articleId)
			.query((rs, row) -> new FeedbackRecord((Boolean) rs.getObject(1), (Integer) rs.getObject(2),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/**
	 * @return the articles readers found wanting: more "Non" than "Oui", or fewer than 3
	 * stars on average; worst first
	 */
	@Transactional(readOnly = true)
	public List<ArticleRecord> poorlyRated() {
		return this.jdbc.sql("select " + ArticleRecord.COLUMNS + ArticleRecord.JOINS + """
				where a.helpful_no > a.helpful_yes or (a.rating_count > 0 and a.rating_sum < 3 * a.rating_count)
				order by a.helpful_yes - a.helpful_no,
				  case when a.rating_count = 0 then 5 else a.rating_sum::numeric / a.rating_count end
				limit 100
				""").query((rs, row) -> ArticleRecord.of(rs)).list();
	}

	/**
	 * Keeps that these articles were suggested to a requester filing a request.
	 */
	public void shown(UUID requestTypeId, Collection<UUID> articles, UserId user) {
		for (UUID article : articles) {
			event(requestTypeId, article, "SHOWN", user);
		}
	}

	/**
	 * Keeps that an article answered the requester's question: no request was filed.
	 * @return whether the article exists
	 */
	public boolean deflected(UUID requestTypeId, UUID article, UserId user) {
		boolean exists = this.jdbc.sql("select exists (select 1 from kb_articles where article_id = :id)")
			.param("id", article)
			.query(Boolean.class)
			.single();
		if (exists) {
			event(requestTypeId, article, "DEFLECTED", user);
		}
		return exists;
	}

	/**
	 * Keeps that no suggestion answered the requester, who goes on filing.
	 */
	public void continued(UUID requestTypeId, UserId user) {
		event(requestTypeId, null, "CONTINUED", user);
	}

	private void event(UUID requestTypeId, UUID article, String kind, UserId user) {
		this.jdbc.sql("""
				insert into kb_suggestion_events (request_type_id, article_id, kind, user_id, created_at)
				select cast(:type as uuid), :article, :kind, :user, :now
				where (cast(:type as uuid) is null
				    or exists (select 1 from request_types where request_type_id = cast(:type as uuid)))
				  and (cast(:article as uuid) is null or exists (select 1 from kb_articles
				    where article_id = cast(:article as uuid) and status = 'PUBLISHED'))
				""")
			.param("type", requestTypeId)
			.param("article", article)
			.param("kind", kind)
			.param("user", (user != null) ? user.value() : null)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * @return per request type: suggestions shown, requests spared, requesters who went
	 * on; busiest first
	 */
	@Transactional(readOnly = true)
	public List<DeflectionCount> byRequestType() {
		return this.jdbc.sql("""
				select coalesce(t.name, '') as label, count(*) filter (where e.kind = 'SHOWN'),
				  count(*) filter (where e.kind = 'DEFLECTED'), count(*) filter (where e.kind = 'CONTINUED')
				from kb_suggestion_events e left join request_types t on t.request_type_id = e.request_type_id
				group by e.request_type_id, t.name order by 2 desc, 1 limit 200
				""")
			.query((rs, row) -> new DeflectionCount(rs.getString(1), null, rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/**
	 * @return per article: times shown, requests it spared; most shown first
	 */
	@Transactional(readOnly = true)
	public List<DeflectionCount> byArticle() {
		return this.jdbc.sql("""
				select a.title, a.number, count(*) filter (where e.kind = 'SHOWN'),
				  count(*) filter (where e.kind = 'DEFLECTED'), 0
				from kb_suggestion_events e join kb_articles a on a.article_id = e.article_id
				group by a.article_id, a.title, a.number order by 3 desc, 4 desc limit 200
				""")
			.query((rs, row) -> new DeflectionCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

	/**
	 * A reader's answer.
	 *
	 * @param helpful "utile ?", or {@code null}
	 * @param rating stars, or {@code null}
	 * @param comment their comment, or {@code null}
	 * @param readerName who, or {@code null} when anonymous
	 * @param createdAt when
	 */
	public record FeedbackRecord(Boolean helpful, Integer rating, String comment, String readerName,
			Instant createdAt) {

	}

	/**
	 * What suggestions did, for a request type or an article.
	 *
	 * @param label the request type's name (empty when none was chosen) or the article's
	 * title
	 * @param number the article's number, {@code null} for a request type
	 * @param shown how many times suggested
	 * @param deflected how many requests it spared
	 * @param continued how many requesters went on filing (request types only)
	 */
	public record DeflectionCount(String label, String number, long shown, long deflected, long continued) {

		/**
		 * @return the deflection rate in percent: for a request type, the share of
		 * answered questions that ended without a request; for an article, the share of
		 * its showings that did
		 */
		public long rate() {
			long base = (this.number == null) ? this.deflected + this.continued : this.shown;
			return (base == 0) ? 0 : Math.round(100.0 * this.deflected / base);
		}

	}

}
