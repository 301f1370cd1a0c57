package org.guichet.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A ticket's clock explained: which service level applies, where the ticket stands, and
 * everything that happened to the clock.
 *
 * @param level the service level counted
 * @param ofRequestType whether it is its request type's own (else the default)
 * @param state whether the clock runs, is paused or stopped
 * @param status where the ticket stands
 * @param dueAt when the handling time is (or was) reached, or {@code null} while paused
 * @param consumed the handling time counted so far, in the policy's measure
 * @param pausedSince since when the clock is paused, or {@code null}
 * @param firstResponseDueAt when an agent is to answer first, or {@code null}
 * @param firstResponseAt when an agent first answered, or {@code null}
 * @param history what happened to the clock, oldest first
 */
public record TicketSla(ServiceLevel level, boolean ofRequestType, SlaClock.State state, SlaClock.Status status,
		Instant dueAt, Duration consumed, Instant pausedSince, Instant firstResponseDueAt, Instant firstResponseAt,
		List<Entry> history) {

	public TicketSla {
		history = List.copyOf(history);
	}

	/**
	 * @return whether the time is counted in working hours
	 */
	public boolean workingTime() {
		return this.level.policy().measure() == SlaPolicy.Measure.WORKING_TIME;
	}

	/**
	 * One thing that happened to the clock.
	 *
	 * @param kind START, PAUSE, RESUME, STOP, RESPONSE or TARGET
	 * @param at when
	 * @param from for a target change, the level before; else {@code null}
	 * @param to for a target change, the level after; else {@code null}
	 */
	public record Entry(String kind, Instant at, ServiceLevel from, ServiceLevel to) {
	}

}
