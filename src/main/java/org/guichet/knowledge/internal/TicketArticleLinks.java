package org.guichet.knowledge.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.knowledge.TicketArticle;
import org.guichet.knowledge.TicketArticles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class TicketArticleLinks implements TicketArticles {

	private final JdbcClient jdbc;

	private final KnowledgeArticles articles;

	private final KnowledgeFeedback feedback;

	private final Clock clock;

	TicketArticleLinks(JdbcClient jdbc, KnowledgeArticles articles, KnowledgeFeedback feedback, Clock clock) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.feedback = feedback;
		this.clock = clock;
	}

	@Override
	public void suggestedWhileFiling(UUID ticketId, UUID requestTypeId, Collection<UUID> articleIds, UserId requester,
			boolean shownCounted) {
		List<UUID> known = this.jdbc.sql("select article_id from kb_articles where article_id = any(:ids)")
			.param("ids", articleIds.stream().distinct().limit(20).toArray(UUID[]::new))
			.query(UUID.class)
			.list();
		for (UUID article : known) {
			insert(ticketId, article, "SUGGESTED");
		}
		if (!shownCounted) {
			this.feedback.shown(requestTypeId, known, requester);
		}
	}

	@Override
	public boolean link(UUID ticketId, String articleNumber) {
		String number = KnowledgeSearch.number(articleNumber).orElse(null);
		if (number == null) {
			return false;
		}
		return this.articles.find(number).map((article) -> {
			insert(ticketId, article.id(), "LINKED");
			return true;
		}).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TicketArticle> of(UUID ticketId) {
		return this.jdbc.sql("""
				select a.number, a.title, l.kind = 'LINKED' from kb_ticket_links l
				join kb_articles a on a.article_id = l.article_id
				where l.ticket_id = :ticket order by l.kind, l.created_at
				""")
			.param("ticket", ticketId)
			.query((rs, row) -> new TicketArticle(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	@Override
	public String draftFromTicket(UUID ticketId, String title, String solutionHtml, UserId author) {
		String number = this.articles
			.create(new ArticleDraft((title == null || title.isBlank()) ? "?" : abbreviate(title.strip()), "",
					solutionHtml, null, null, null, "fr", Audience.CUSTOMERS), author);
		link(ticketId, number);
		return number;
	}

	private void insert(UUID ticket, UUID article, String kind) {
		this.jdbc
			.sql("""
					insert into kb_ticket_links (ticket_id, article_id, kind, created_at)
					select :ticket, :article, :kind, :now where exists (select 1 from kb_articles where article_id = :article)
					on conflict do nothing
					""")
			.param("ticket", ticket)
			.param("article", article)
			.param("kind", kind)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * @return the ticket's subject (up to 300 characters) cut to an article's title (200)
	 */
	private static String abbreviate(String subject) {
		return (subject.length() <= 200) ? subject : subject.substring(0, 199) + "…";
	}

}
