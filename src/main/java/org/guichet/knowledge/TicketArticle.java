package org.guichet.knowledge;

/**
 * An article about a ticket.
 *
 * @param number its number, e.g. {@code KB0000012}
 * @param title its title
 * @param linked whether an agent linked it ({@code false}: it was suggested to the
 * requester while filing)
 */
public record TicketArticle(String number, String title, boolean linked) {

}
