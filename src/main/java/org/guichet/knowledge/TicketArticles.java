package org.guichet.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.guichet.account.UserId;

/**
 * The knowledge base as the ticket and desk modules see it: the articles suggested while
 * a request was filed, those an agent linked to it, and a draft written from a ticket.
 * Tickets are referred to by their id; the knowledge base knows nothing else of them.
 */
public interface TicketArticles {

	/**
	 * Keeps the articles shown to the requester while they filed the ticket, so that the
	 * agent sees what was suggested; ids of unknown articles are ignored.
	 * @param requestTypeId the ticket's request type, for the statistics
	 * @param shownCounted whether the showings were counted already (the requester
	 * answered "Non" to "Un article a-t-il répondu à votre question ?")
	 */
	void suggestedWhileFiling(UUID ticketId, UUID requestTypeId, Collection<UUID> articleIds, UserId requester,
			boolean shownCounted);

	/**
	 * Links an article to a ticket (an agent's "this article answers it").
	 * @param articleNumber the article's number, e.g. {@code KB0000012}
	 * @return whether such an article exists (and is now linked)
	 */
	boolean link(UUID ticketId, String articleNumber);

	/**
	 * @return the articles suggested to or linked with the ticket, linked first
	 */
	List<TicketArticle> of(UUID ticketId);

	/**
	 * Starts a draft from a ticket: its subject as the title, the agent's solution as the
	 * body; the draft is linked to the ticket.
	 * @param solutionHtml the solution as written in the ticket (sanitized again here)
	 * @return the new draft's number
	 */
	String draftFromTicket(UUID ticketId, String title, String solutionHtml, UserId author);

}
