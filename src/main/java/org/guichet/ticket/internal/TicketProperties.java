package org.guichet.ticket.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How tickets are numbered, how long a proposed solution waits, and how large attachments
 * may be.
 *
 * @param numberPrefix what every number begins with ("DI" gives DI-2026-000123)
 * @param numberPerYear whether numbering starts again each year (the year is then in the
 * number), or runs on (DI-000123)
 * @param autoCloseAfter how long a proposed solution waits for the requester before the
 * ticket closes by itself
 * @param maxFileSize the largest file attached to a message
 * @param maxMessageSize the largest total of the files of one message
 */
@ConfigurationProperties("guichet.ticket")
public record TicketProperties(@DefaultValue("DI") String numberPrefix, @DefaultValue("true") boolean numberPerYear,
		@DefaultValue("10d") Duration autoCloseAfter, @DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("100MB") DataSize maxMessageSize) {

}
