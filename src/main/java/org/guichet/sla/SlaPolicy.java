package org.guichet.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a ticket may take, and when to remind its agent: CapDémat's default is ten
 * days, with a reminder three days before the end.
 *
 * @param measure what the clock counts
 * @param target the time the ticket may run, in the measure's terms
 * @param reminder how long before the target the ticket turns urgent, shorter than the
 * target
 */
public record SlaPolicy(Measure measure, Duration target, Duration reminder) {

	public SlaPolicy {
		if (target.isNegative() || target.isZero()) {
			throw new IllegalArgumentException("A target is positive");
		}
		if (reminder.isNegative() || reminder.compareTo(target) >= 0) {
			throw new IllegalArgumentException("A reminder comes before the target");
		}
	}

	/**
	 * @return ten calendar days, reminder three days before
	 */
	public static SlaPolicy standard() {
		return new SlaPolicy(Measure.CALENDAR_TIME, Duration.ofDays(10), Duration.ofDays(3));
	}

	/**
	 * What a clock counts.
	 */
	public enum Measure {

		/** Every hour while the clock runs, nights and weekends included. */
		CALENDAR_TIME,

		/** Only the working hours of the business calendar while the clock runs. */
		WORKING_TIME;

		Duration between(BusinessCalendar calendar, Instant from, Instant to) {
			return (this == CALENDAR_TIME) ? Duration.between(from, to) : calendar.workingTimeBetween(from, to);
		}

		Instant plus(BusinessCalendar calendar, Instant from, Duration amount) {
			return (this == CALENDAR_TIME) ? from.plus(amount) : calendar.plusWorkingTime(from, amount);
		}

	}

}
