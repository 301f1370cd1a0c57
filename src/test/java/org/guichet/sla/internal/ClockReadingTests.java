package org.guichet.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.guichet.sla.BusinessCalendar;
import org.guichet.sla.ServiceLevel;
import org.guichet.sla.SlaClock;
import org.guichet.sla.SlaClock.Event;
import org.guichet.sla.SlaClock.Event.Kind;
import org.guichet.sla.SlaPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the job and the desk read from a clock: the status with the first-response target,
 * and when the status changes next, so that the job reads a clock only then.
 */
class ClockReadingTests {

	private static final Instant FILED = Instant.parse("2026-12-01T08:00:00Z");

	private static final ServiceLevel LEVEL = new ServiceLevel(
			new SlaPolicy(SlaPolicy.Measure.CALENDAR_TIME, Duration.ofDays(10), Duration.ofDays(3)),
			Duration.ofHours(4), true);

	private static final SlaClock RUNNING = new SlaClock(List.of(new Event(Kind.START, FILED)));

	@Test
	void aFirstResponseNotGivenInTimeMakesTheTicketLate() {
		ClockReading reading = ClockReading.of(RUNNING, LEVEL, null, BusinessCalendar.standard(),
				FILED.plus(Duration.ofHours(5)));

		assertThat(reading.status()).isEqualTo(SlaClock.Status.LATE);
		assertThat(reading.firstResponseDueAt()).isEqualTo(FILED.plus(Duration.ofHours(4)));
		assertThat(reading.dueAt()).isEqualTo(FILED.plus(Duration.ofDays(10)));
	}

	@Test
	void theNextCheckIsTheNextMomentTheStatusCanChange() {
		BusinessCalendar calendar = BusinessCalendar.standard();
		ClockReading waitingForAnswer = ClockReading.of(RUNNING, LEVEL, null, calendar,
				FILED.plus(Duration.ofHours(1)));
		assertThat(waitingForAnswer.status()).isEqualTo(SlaClock.Status.ON_TIME);
		assertThat(waitingForAnswer.nextCheckAt()).as("the first-response target comes first")
			.isEqualTo(FILED.plus(Duration.ofHours(4)));

		ClockReading answered = ClockReading.of(RUNNING, LEVEL, FILED.plus(Duration.ofHours(2)), calendar,
				FILED.plus(Duration.ofHours(5)));
		assertThat(answered.status()).isEqualTo(SlaClock.Status.ON_TIME);
		assertThat(answered.nextCheckAt()).as("then the reminder window").isEqualTo(FILED.plus(Duration.ofDays(7)));

		ClockReading urgent = ClockReading.of(RUNNING, LEVEL, FILED, calendar, FILED.plus(Duration.ofDays(8)));
		assertThat(urgent.status()).isEqualTo(SlaClock.Status.URGENT);
		assertThat(urgent.nextCheckAt()).as("then the due date").isEqualTo(FILED.plus(Duration.ofDays(10)));

		SlaClock paused = RUNNING.with(new Event(Kind.PAUSE, FILED.plus(Duration.ofDays(1))));
		assertThat(ClockReading.of(paused, LEVEL, FILED, calendar, FILED.plus(Duration.ofDays(20))).nextCheckAt())
			.as("a paused clock changes only with its ticket")
			.isNull();
	}

}
