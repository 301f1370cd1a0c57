package org.guichet.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.guichet.sla.SlaClock.Event;
import org.guichet.sla.SlaClock.Event.Kind;
import org.guichet.sla.SlaClock.State;
import org.guichet.sla.SlaClock.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * SLA clocks: they run while the ticket is handled, pause while the requester is to
 * answer, and say when the target is due, whether the ticket is urgent or late, and why.
 */
class SlaClockTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final BusinessCalendar calendar = BusinessCalendar.standard();

	private final SlaPolicy tenDays = SlaPolicy.standard();

	private final SlaPolicy workingHours = new SlaPolicy(SlaPolicy.Measure.WORKING_TIME, Duration.ofHours(16),
			Duration.ofHours(4));

	@Test
	void aPauseWhileTheRequesterAnswersPushesTheDueDateBack() {
		Instant filed = paris(2026, 11, 2, 10, 0);
		SlaClock clock = new SlaClock(List.of()).with(new Event(Kind.START, filed));
		assertThat(clock.due(this.calendar, this.tenDays, filed)).contains(paris(2026, 11, 12, 10, 0));

		clock = clock.with(new Event(Kind.PAUSE, paris(2026, 11, 4, 10, 0)))
			.with(new Event(Kind.RESUME, paris(2026, 11, 6, 10, 0)));
		Instant now = paris(2026, 11, 9, 10, 0);
		assertThat(clock.consumed(this.calendar, this.tenDays, now)).isEqualTo(Duration.ofDays(5));
		assertThat(clock.due(this.calendar, this.tenDays, now)).contains(paris(2026, 11, 14, 10, 0));
		assertThat(clock.status(this.calendar, this.tenDays, now)).isEqualTo(Status.ON_TIME);
		assertThat(clock.status(this.calendar, this.tenDays, paris(2026, 11, 11, 10, 0))).isEqualTo(Status.URGENT);
		assertThat(clock.status(this.calendar, this.tenDays, paris(2026, 11, 15, 10, 0))).isEqualTo(Status.LATE);
		assertThat(clock.due(this.calendar, this.tenDays, paris(2026, 11, 20, 10, 0)))
			.as("once late, the due date stays where the target was reached")
			.contains(paris(2026, 11, 14, 10, 0));
	}

	@Test
	void aPausedClockIsNeitherUrgentNorDueButStaysLateOnceLate() {
		Instant filed = paris(2026, 11, 2, 10, 0);
		SlaClock paused = new SlaClock(List.of()).with(new Event(Kind.START, filed))
			.with(new Event(Kind.PAUSE, paris(2026, 11, 10, 10, 0)));
		Instant later = paris(2026, 11, 30, 10, 0);
		assertThat(paused.state()).isEqualTo(State.PAUSED);
		assertThat(paused.pausedSince()).contains(paris(2026, 11, 10, 10, 0));
		assertThat(paused.consumed(this.calendar, this.tenDays, later)).isEqualTo(Duration.ofDays(8));
		assertThat(paused.status(this.calendar, this.tenDays, later)).isEqualTo(Status.ON_TIME);
		assertThat(paused.due(this.calendar, this.tenDays, later)).isEmpty();

		SlaClock lateThenPaused = new SlaClock(List.of()).with(new Event(Kind.START, filed))
			.with(new Event(Kind.PAUSE, paris(2026, 11, 13, 10, 0)));
		assertThat(lateThenPaused.status(this.calendar, this.tenDays, later)).isEqualTo(Status.LATE);
		assertThat(lateThenPaused.due(this.calendar, this.tenDays, later)).contains(paris(2026, 11, 12, 10, 0));
	}

	@Test
	void workingHoursSkipNightsWeekendsAndHolidays() {
		// filed on Friday 22 May 2026 at 17:55; Monday 25 is Whit Monday
		SlaClock clock = new SlaClock(List.of()).with(new Event(Kind.START, paris(2026, 5, 22, 17, 55)));
		Instant tuesdayNoon = paris(2026, 5, 26, 12, 0);
		assertThat(clock.consumed(this.calendar, this.workingHours, tuesdayNoon))
			.isEqualTo(Duration.ofHours(3).plusMinutes(5));
		assertThat(clock.due(this.calendar, this.workingHours, tuesdayNoon)).contains(paris(2026, 5, 27, 15, 55));
		assertThat(clock.status(this.calendar, this.workingHours, paris(2026, 5, 27, 13, 0))).isEqualTo(Status.URGENT);
	}

	@Test
	void theClockIgnoresEventsThatChangeNothingAndKeepsItsOrder() {
		Instant start = paris(2026, 11, 2, 10, 0);
		SlaClock clock = new SlaClock(List.of()).with(new Event(Kind.PAUSE, start))
			.with(new Event(Kind.START, start))
			.with(new Event(Kind.START, start.plusSeconds(60)))
			.with(new Event(Kind.STOP, start.plusSeconds(120)))
			.with(new Event(Kind.STOP, start.plusSeconds(180)));
		assertThat(clock.events()).extracting(Event::kind).containsExactly(Kind.START, Kind.STOP);
		assertThat(clock.state()).isEqualTo(State.STOPPED);
		assertThat(clock.with(new Event(Kind.RESUME, start.plusSeconds(240))).state()).as("a ticket reopened")
			.isEqualTo(State.RUNNING);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> clock.with(new Event(Kind.RESUME, start.minusSeconds(60))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaPolicy(SlaPolicy.Measure.CALENDAR_TIME, Duration.ofDays(1), Duration.ofDays(2)));
	}

	private static Instant paris(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), PARIS).toInstant();
	}

}
