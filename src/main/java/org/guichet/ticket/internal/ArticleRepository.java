package org.guichet.ticket.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.guichet.ticket.ArticleKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, UUID> {

	@Query("select a from Article a where a.ticketId = :ticketId and a.kind in :kinds order by a.position")
	List<Article> history(UUID ticketId, Collection<ArticleKind> kinds);

}
