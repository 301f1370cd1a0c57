package org.guichet.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

import org.guichet.sla.BusinessCalendar;
import org.guichet.sla.ServiceLevel;
import org.guichet.sla.SlaClock;
import org.guichet.sla.SlaPolicy;

/**
 * A clock read at one moment against a service level.
 *
 * @param state whether it runs
 * @param status where the ticket stands: the worse of the handling time and, while no
 * agent answered, the first-response target
 * @param dueAt when the handling time is (or was) reached, or {@code null} while paused
 * @param consumed the handling time counted
 * @param firstResponseDueAt when an agent is to answer first, or {@code null}
 * @param nextCheckAt when the status changes next if the clock runs on, or {@code null}
 */
record ClockReading(SlaClock.State state, SlaClock.Status status, Instant dueAt, Duration consumed,
		Instant firstResponseDueAt, Instant nextCheckAt) {

	static ClockReading of(SlaClock clock, ServiceLevel level, Instant firstResponseAt, BusinessCalendar calendar,
			Instant now) {
		SlaPolicy policy = level.policy();
		SlaClock.Status status = clock.status(calendar, policy, now);
		Instant due = clock.due(calendar, policy, now).orElse(null);
		Duration consumed = clock.consumed(calendar, policy, now);
		Instant reminderAt = null;
		if (status == SlaClock.Status.ON_TIME && !policy.reminder().isZero()) {
			reminderAt = clock
				.due(calendar, new SlaPolicy(policy.measure(), policy.target().minus(policy.reminder()), Duration.ZERO),
						now)
				.orElse(null);
		}
		Instant firstDue = null;
		Instant firstCheck = null;
		if (level.firstResponse() != null) {
			SlaPolicy first = new SlaPolicy(policy.measure(), level.firstResponse(), Duration.ZERO);
			firstDue = clock.due(calendar, first, now).orElse(null);
			if (firstResponseAt == null) {
				if (consumed.compareTo(level.firstResponse()) >= 0) {
					status = SlaClock.Status.LATE;
				}
				else {
					firstCheck = firstDue;
				}
			}
		}
		Instant next = null;
		if (clock.state() == SlaClock.State.RUNNING) {
			Instant dueCheck = (status != SlaClock.Status.LATE) ? due : null;
			next = Stream.of(reminderAt, dueCheck, firstCheck)
				.filter(Objects::nonNull)
				.filter(now::isBefore)
				.min(Comparator.naturalOrder())
				.orElse(null);
		}
		return new ClockReading(clock.state(), status, due, consumed, firstDue, next);
	}

}
