package org.guichet.ticket.internal;

import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.ticket.Channel;

/**
 * What a ticket says beyond its subject, checked by {@link TicketService} before it is
 * recorded.
 */
record TicketDetails(UUID requestTypeId, UUID themeId, String themePath, UUID categoryId, UUID productId,
		UUID contractId, UserId beneficiary, String phone, String availability, String location, Channel channel) {

}
