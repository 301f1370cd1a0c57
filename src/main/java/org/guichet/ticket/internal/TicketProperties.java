package org.guichet.ticket.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tickets are numbered.
 *
 * @param numberPrefix what every number begins with ("DI" gives DI-2026-000123)
 * @param numberPerYear whether numbering starts again each year (the year is then in the
 * number), or runs on (DI-000123)
 */
@ConfigurationProperties("guichet.ticket")
public record TicketProperties(@DefaultValue("DI") String numberPrefix, @DefaultValue("true") boolean numberPerYear) {

}
