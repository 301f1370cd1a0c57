package org.guichet.ticket;

/**
 * The fields of a ticket an agent corrects in the desk's data zone.
 *
 * @param subject its subject
 * @param phone the number to call back, or blank
 * @param availability when to call, or blank
 * @param location where, or blank
 * @param impact its impact
 * @param urgency its urgency; with the impact, it gives the priority again
 */
public record TicketData(String subject, String phone, String availability, String location, Impact impact,
		Urgency urgency) {

}
