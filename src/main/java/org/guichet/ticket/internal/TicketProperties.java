package org.guichet.ticket.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tickets are numbered, and how long a proposed solution waits.
 *
 * @param numberPrefix what every number begins with ("DI" gives DI-2026-000123)
 * @param numberPerYear whether numbering starts again each year (the year is then in the
 * number), or runs on (DI-000123)
 * @param autoCloseAfter how long a proposed solution waits for the requester before the
 * ticket closes by itself
 */
@ConfigurationProperties("guichet.ticket")
public record TicketProperties(@DefaultValue("DI") String numberPrefix, @DefaultValue("true") boolean numberPerYear,
		@DefaultValue("10d") Duration autoCloseAfter) {

}
