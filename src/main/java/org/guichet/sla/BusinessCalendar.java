package org.guichet.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When the provider works: working days, opening hours in a time zone, the French public
 * holidays when asked, and closure days of its own. Times are counted in the calendar's
 * local time, so that a change to or from summer time neither adds nor loses working
 * time.
 *
 * @param workingDays the days of the week worked
 * @param opens when a working day starts
 * @param closes when it ends, after {@code opens}
 * @param zone the time zone of the hours
 * @param frenchHolidays whether French public holidays are closed
 * @param closures other days closed ("fermetures exceptionnelles")
 */
public record BusinessCalendar(Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes, ZoneId zone,
		boolean frenchHolidays, Set<LocalDate> closures) {

	/** The most days a computation walks, about twenty years, as a guard. */
	private static final int MAX_DAYS = 7300;

	public BusinessCalendar {
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		Objects.requireNonNull(zone, "zone");
		if (!closes.isAfter(opens)) {
			throw new IllegalArgumentException("A working day closes after it opens");
		}
		if (workingDays.isEmpty()) {
			throw new IllegalArgumentException("A calendar works on one day of the week at least");
		}
		workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
		closures = Set.copyOf(closures);
	}

	/**
	 * @return Monday to Friday, 9:00 to 18:00 in Paris, French public holidays closed
	 */
	public static BusinessCalendar standard() {
		return new BusinessCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
				LocalTime.of(18, 0), ZoneId.of("Europe/Paris"), true, Set.of());
	}

	/**
	 * @return whether the day is worked: a working day of the week, neither a public
	 * holiday (when they are closed) nor a closure
	 */
	public boolean isWorkingDay(LocalDate day) {
		return this.workingDays.contains(day.getDayOfWeek()) && !this.closures.contains(day)
				&& !(this.frenchHolidays && FrenchHolidays.of(day.getYear()).contains(day));
	}

	/**
	 * @return whether the instant falls within working hours of a working day
	 */
	public boolean isOpen(Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, this.zone);
		return isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(this.opens)
				&& local.toLocalTime().isBefore(this.closes);
	}

	/**
	 * @return the instant when {@code amount} of working time has passed after
	 * {@code start}; time outside working hours does not count
	 */
	public Instant plusWorkingTime(Instant start, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("A working time to add is not negative");
		}
		LocalDateTime cursor = LocalDateTime.ofInstant(start, this.zone);
		Duration left = amount;
		for (int walked = 0; walked < MAX_DAYS; walked++) {
			LocalDate day = cursor.toLocalDate();
			if (isWorkingDay(day) && cursor.toLocalTime().isBefore(this.closes)) {
				LocalDateTime from = cursor.toLocalTime().isBefore(this.opens) ? day.atTime(this.opens) : cursor;
				Duration available = Duration.between(from, day.atTime(this.closes));
				if (left.compareTo(available) <= 0) {
					return at(from.plus(left));
				}
				left = left.minus(available);
			}
			cursor = day.plusDays(1).atStartOfDay();
		}
		throw new IllegalStateException("No working time within twenty years of " + start);
	}

	/**
	 * @return the working time between two instants (zero when {@code to} is not after
	 * {@code from})
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		LocalDateTime cursor = LocalDateTime.ofInstant(from, this.zone);
		LocalDateTime end = LocalDateTime.ofInstant(to, this.zone);
		Duration total = Duration.ZERO;
		for (int walked = 0; walked < MAX_DAYS && cursor.isBefore(end); walked++) {
			LocalDate day = cursor.toLocalDate();
			if (isWorkingDay(day)) {
				LocalDateTime open = later(cursor, day.atTime(this.opens));
				LocalDateTime close = earlier(end, day.atTime(this.closes));
				if (close.isAfter(open)) {
					total = total.plus(Duration.between(open, close));
				}
			}
			cursor = day.plusDays(1).atStartOfDay();
		}
		return total;
	}

	/**
	 * @return the instant {@code days} working days after the start's day, at the same
	 * local time (or at closing time, when the start was after it)
	 */
	public Instant plusWorkingDays(Instant start, int days) {
		LocalDateTime local = LocalDateTime.ofInstant(start, this.zone);
		LocalTime time = local.toLocalTime().isAfter(this.closes) ? this.closes : local.toLocalTime();
		LocalDate day = local.toLocalDate();
		int counted = 0;
		for (int walked = 0; counted < days; walked++) {
			if (walked > MAX_DAYS) {
				throw new IllegalStateException("No working day within twenty years of " + start);
			}
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return at(day.atTime(time));
	}

	private Instant at(LocalDateTime local) {
		return ZonedDateTime.of(local, this.zone).toInstant();
	}

	private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

}
