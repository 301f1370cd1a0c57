package org.guichet.ticket.internal;

import java.time.Duration;
import java.util.Map;

import org.guichet.ticket.Impact;
import org.guichet.ticket.Priority;
import org.guichet.ticket.PriorityMatrix;
import org.guichet.ticket.Urgency;

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
 * @param lockDuration how long an agent's lock on a ticket lasts unless renewed (the desk
 * renews it while the page stays open)
 * @param priorities the cells of the impact × urgency matrix that differ from
 * {@link PriorityMatrix#standard()}, e.g.
 * {@code guichet.ticket.priorities.PARTIAL.HIGH=CRITICAL}
 */
@ConfigurationProperties("guichet.ticket")
public record TicketProperties(@DefaultValue("DI") String numberPrefix, @DefaultValue("true") boolean numberPerYear,
		@DefaultValue("10d") Duration autoCloseAfter, @DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("100MB") DataSize maxMessageSize, @DefaultValue("15m") Duration lockDuration,
		Map<Impact, Map<Urgency, Priority>> priorities) {

	/**
	 * @return the standard matrix with the configured cells
	 */
	public PriorityMatrix priorityMatrix() {
		PriorityMatrix matrix = PriorityMatrix.standard();
		if (this.priorities != null) {
			for (Map.Entry<Impact, Map<Urgency, Priority>> row : this.priorities.entrySet()) {
				for (Map.Entry<Urgency, Priority> cell : row.getValue().entrySet()) {
					matrix = matrix.with(row.getKey(), cell.getKey(), cell.getValue());
				}
			}
		}
		return matrix;
	}

}
