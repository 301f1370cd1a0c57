package org.guichet.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Business calendars: French public holidays over several years, working time across
 * weekends, bank holidays, closures and changes of summer time.
 */
class BusinessCalendarTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final BusinessCalendar calendar = BusinessCalendar.standard();

	@Test
	void easterFollowsTheGregorianComputus() {
		assertThat(FrenchHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
		assertThat(FrenchHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(FrenchHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(FrenchHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(FrenchHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(FrenchHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
	}

	@Test
	void theElevenHolidaysOfAYearIncludeThoseThatFollowEaster() {
		assertThat(FrenchHolidays.of(2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6),
				LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14),
				LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15),
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
		assertThat(FrenchHolidays.of(2027)).contains(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6),
				LocalDate.of(2027, 5, 17));
		assertThat(FrenchHolidays.of(2024)).contains(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 9),
				LocalDate.of(2024, 5, 20));
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 5, 25))).as("lundi de Pentecôte").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 5, 26))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 5, 23))).as("a Saturday").isFalse();
	}

	@Test
	void aTicketFiledFridayEveningBeforeABankHolidayMondayWaitsForTuesday() {
		Instant friday = paris(2026, 5, 22, 17, 55);
		Instant due = this.calendar.plusWorkingTime(friday, Duration.ofHours(1));
		assertThat(due).isEqualTo(paris(2026, 5, 26, 9, 55));
		assertThat(this.calendar.workingTimeBetween(friday, due)).isEqualTo(Duration.ofHours(1));
		assertThat(this.calendar.isOpen(paris(2026, 5, 25, 10, 0))).isFalse();
		assertThat(this.calendar.isOpen(paris(2026, 5, 26, 10, 0))).isTrue();
		assertThat(this.calendar.isOpen(paris(2026, 5, 26, 18, 0))).as("closed at closing time").isFalse();
	}

	@Test
	void summerTimeNeitherAddsNorLosesWorkingTime() {
		// 29 March 2026: clocks go forward in Paris
		Instant spring = this.calendar.plusWorkingTime(paris(2026, 3, 27, 14, 0), Duration.ofHours(8));
		assertThat(spring).isEqualTo(paris(2026, 3, 30, 13, 0));
		assertThat(spring).isEqualTo(Instant.parse("2026-03-30T11:00:00Z"));
		assertThat(this.calendar.workingTimeBetween(paris(2026, 3, 27, 14, 0), spring)).isEqualTo(Duration.ofHours(8));
		// 25 October 2026: clocks go back
		Instant autumn = this.calendar.plusWorkingTime(paris(2026, 10, 23, 17, 0), Duration.ofHours(2));
		assertThat(autumn).isEqualTo(paris(2026, 10, 26, 10, 0));
		assertThat(autumn).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
	}

	@Test
	void closuresAndOtherWorkingWeeksAreHonoured() {
		BusinessCalendar closedTuesday = new BusinessCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				LocalTime.of(9, 0), LocalTime.of(18, 0), PARIS, true, Set.of(LocalDate.of(2026, 5, 26)));
		assertThat(closedTuesday.plusWorkingTime(paris(2026, 5, 22, 17, 55), Duration.ofHours(1)))
			.isEqualTo(paris(2026, 5, 27, 9, 55));
		BusinessCalendar everyDay = new BusinessCalendar(EnumSet.allOf(DayOfWeek.class), LocalTime.of(8, 0),
				LocalTime.of(20, 0), PARIS, false, Set.of());
		assertThat(everyDay.plusWorkingTime(paris(2026, 5, 23, 19, 0), Duration.ofHours(2)))
			.as("Saturday evening, then Sunday morning")
			.isEqualTo(paris(2026, 5, 24, 9, 0));
		assertThat(this.calendar.plusWorkingTime(paris(2026, 5, 26, 7, 0), Duration.ZERO))
			.as("before opening: the clock starts at opening")
			.isEqualTo(paris(2026, 5, 26, 9, 0));
	}

	@Test
	void workingDaysSkipWeekendsAndHolidays() {
		// CapDémat's default: ten days; 8 May, Ascension and Whit Monday are holidays
		assertThat(this.calendar.plusWorkingDays(paris(2026, 5, 7, 10, 0), 10)).isEqualTo(paris(2026, 5, 26, 10, 0));
		assertThat(this.calendar.plusWorkingDays(paris(2026, 5, 7, 21, 0), 1))
			.as("after closing: the next working day's closing time")
			.isEqualTo(paris(2026, 5, 11, 18, 0));
	}

	@Test
	void aCalendarIsChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(Set.of(DayOfWeek.MONDAY),
				LocalTime.of(18, 0), LocalTime.of(9, 0), PARIS, true, Set.of()));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new BusinessCalendar(Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), PARIS, true, Set.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.plusWorkingTime(Instant.now(), Duration.ofHours(-1)));
		assertThat(this.calendar.workingTimeBetween(paris(2026, 5, 26, 12, 0), paris(2026, 5, 26, 11, 0)))
			.isEqualTo(Duration.ZERO);
	}

	private static Instant paris(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), PARIS).toInstant();
	}

}
