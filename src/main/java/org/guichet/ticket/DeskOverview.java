package org.guichet.ticket;

import java.util.List;

/**
 * The desk's task dashboard for one staff member: counts of what waits, and the first
 * tickets of each list.
 *
 * @param newCount new tickets nobody handles, in the reader's categories
 * @param mineCount open tickets assigned to the reader
 * @param waitingCount tickets of the reader's categories waiting for the requester
 * @param newest new unassigned tickets, oldest first
 * @param mine the reader's open tickets, oldest change first
 * @param waiting tickets waiting for the requester, longest waiting first
 * @param handled what the reader acted on last
 * @param closed what was closed last in the reader's categories
 */
public record DeskOverview(long newCount, long mineCount, long waitingCount, long urgentCount, long lateCount,
		List<DeskRow> newest, List<DeskRow> mine, List<DeskRow> waiting, List<DeskRow> handled, List<DeskRow> closed) {

}
