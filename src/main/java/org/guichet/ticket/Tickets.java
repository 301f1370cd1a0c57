package org.guichet.ticket;

import java.util.List;

import org.guichet.account.UserId;

/**
 * What requesters and staff do with tickets, for the other modules (the desk, the demo
 * data). Each call is one transaction; who may act on which ticket is the caller's check.
 */
public interface Tickets {

	/**
	 * @return the number of the new ticket
	 */
	String file(NewTicket request);

	void take(String number, UserId agent);

	void reply(String number, UserId author, String html, boolean internal);

	void askRequester(String number, UserId agent, String question);

	void requesterReplies(String number, UserId requester, String html, List<Upload> uploads);

	void proposeSolution(String number, UserId agent, String solution);

	void acceptSolution(String number, UserId requester, SurveyAnswer answer);

	void refuseSolution(String number, UserId requester, String reason);

	void closeUnanswered(String number);

	void cancel(String number, UserId requester, String reason);

	void closeBeforeIntervention(String number, UserId requester, String cause);

}
