package org.guichet.ticket;

import java.util.List;

/**
 * A page of a list of tickets.
 *
 * @param rows its tickets
 * @param next where the next page starts, or {@code null} on the last page
 */
public record TicketPage(List<TicketRow> rows, String next) {

}
