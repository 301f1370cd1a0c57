package org.guichet.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ticket's SLA clock, as the list of what happened to it: it starts when the ticket is
 * filed, pauses while the requester is to answer or to validate a solution, resumes when
 * they answer or refuse it, stops when the ticket is closed. Everything about the clock
 * is computed from that list, so that a due date can be explained and recomputed when a
 * policy changes.
 *
 * @param events what happened, in time order
 */
public record SlaClock(List<Event> events) {

	public SlaClock {
		events = List.copyOf(events);
		for (int i = 1; i < events.size(); i++) {
			if (events.get(i).at().isBefore(events.get(i - 1).at())) {
				throw new IllegalArgumentException("Clock events are in time order");
			}
		}
	}

	/**
	 * @return the clock with one more event; one that does not change its state (a pause
	 * while paused) is ignored
	 */
	public SlaClock with(Event event) {
		State before = state();
		boolean changes = switch (event.kind()) {
			case START, RESUME -> before != State.RUNNING;
			case PAUSE -> before == State.RUNNING;
			case STOP -> before != State.STOPPED;
		};
		if (!changes) {
			return this;
		}
		List<Event> more = new ArrayList<>(this.events);
		more.add(event);
		return new SlaClock(more);
	}

	/**
	 * @return whether the clock runs, is paused, or stopped (also before it started)
	 */
	public State state() {
		if (this.events.isEmpty()) {
			return State.STOPPED;
		}
		return switch (this.events.get(this.events.size() - 1).kind()) {
			case START, RESUME -> State.RUNNING;
			case PAUSE -> State.PAUSED;
			case STOP -> State.STOPPED;
		};
	}

	/**
	 * @return the time counted until {@code now}, in the policy's measure
	 */
	public Duration consumed(BusinessCalendar calendar, SlaPolicy policy, Instant now) {
		Duration total = Duration.ZERO;
		for (Interval interval : intervals(now)) {
			total = total.plus(policy.measure().between(calendar, interval.from(), interval.to()));
		}
		return total;
	}

	/**
	 * @return when the target is (or was) reached: the moment the counted time reaches
	 * it, if it did, or when it will if the clock runs on from {@code now}; empty while
	 * paused or stopped before reaching it
	 */
	public Optional<Instant> due(BusinessCalendar calendar, SlaPolicy policy, Instant now) {
		Duration counted = Duration.ZERO;
		for (Interval interval : intervals(now)) {
			Duration amount = policy.measure().between(calendar, interval.from(), interval.to());
			if (counted.plus(amount).compareTo(policy.target()) >= 0) {
				return Optional.of(policy.measure().plus(calendar, interval.from(), policy.target().minus(counted)));
			}
			counted = counted.plus(amount);
		}
		if (state() == State.RUNNING) {
			return Optional.of(policy.measure().plus(calendar, now, policy.target().minus(counted)));
		}
		return Optional.empty();
	}

	/**
	 * @return where the ticket stands against the policy at {@code now}
	 */
	public Status status(BusinessCalendar calendar, SlaPolicy policy, Instant now) {
		Duration consumed = consumed(calendar, policy, now);
		if (consumed.compareTo(policy.target()) >= 0) {
			return Status.LATE;
		}
		if (state() == State.RUNNING && policy.target().minus(consumed).compareTo(policy.reminder()) <= 0) {
			return Status.URGENT;
		}
		return Status.ON_TIME;
	}

	/**
	 * @return since when the clock is paused, if it is
	 */
	public Optional<Instant> pausedSince() {
		return (state() == State.PAUSED) ? Optional.of(this.events.get(this.events.size() - 1).at()) : Optional.empty();
	}

	/**
	 * @return the periods the clock ran, the current one ending at {@code now}
	 */
	private List<Interval> intervals(Instant now) {
		List<Interval> intervals = new ArrayList<>();
		Instant runningSince = null;
		for (Event event : this.events) {
			switch (event.kind()) {
				case START, RESUME -> runningSince = (runningSince != null) ? runningSince : event.at();
				case PAUSE, STOP -> {
					if (runningSince != null) {
						intervals.add(new Interval(runningSince, event.at()));
						runningSince = null;
					}
				}
			}
		}
		if (runningSince != null && now.isAfter(runningSince)) {
			intervals.add(new Interval(runningSince, now));
		}
		return intervals;
	}

	private record Interval(Instant from, Instant to) {
	}

	/**
	 * Something that happened to the clock.
	 *
	 * @param kind what
	 * @param at when
	 */
	public record Event(Kind kind, Instant at) {

		/**
		 * What happened to the clock.
		 */
		public enum Kind {

			START, PAUSE, RESUME, STOP

		}

	}

	/**
	 * Whether a clock counts.
	 */
	public enum State {

		RUNNING, PAUSED, STOPPED

	}

	/**
	 * Where a ticket stands against its policy: urgent inside the reminder window, late
	 * past its target.
	 */
	public enum Status {

		ON_TIME, URGENT, LATE

	}

}
