package org.guichet.ticket;

/**
 * A ticket linked to another, as the desk lists it.
 *
 * @param number its number
 * @param subject its subject
 * @param state its state
 * @param merged whether one of the two was merged into the other (else they are related)
 * @param mergedHere whether this one was merged into the ticket being read
 */
public record LinkedTicket(String number, String subject, TicketState state, boolean merged, boolean mergedHere) {

}
