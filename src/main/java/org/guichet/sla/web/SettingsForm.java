package org.guichet.sla.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.guichet.sla.BusinessCalendar;
import org.guichet.sla.ServiceLevel;
import org.guichet.sla.internal.SlaSettings;

import org.springframework.validation.Errors;

/**
 * The installation's service-level settings as typed.
 */
public record SettingsForm(LevelForm level, List<String> workingDays, String opens, String closes, String zone,
		String frenchHolidays, String detailedAlerts, String version) {

	static SettingsForm of(SlaSettings settings) {
		BusinessCalendar calendar = settings.calendar();
		return new SettingsForm(LevelForm.of(settings.defaults(), calendar.opens(), calendar.closes()),
				calendar.workingDays().stream().map((day) -> Integer.toString(day.getValue())).toList(),
				calendar.opens().toString(), calendar.closes().toString(), calendar.zone().getId(),
				Boolean.toString(calendar.frenchHolidays()), Boolean.toString(settings.detailedAlerts()),
				Long.toString(settings.version()));
	}

	/**
	 * @return the settings, or {@code null} with the errors next to the fields
	 */
	SlaSettings toSettings(Errors errors, Set<java.time.LocalDate> closures) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (this.workingDays != null) {
			for (String day : this.workingDays) {
				if (day == null || !day.matches("[1-7]")) {
					errors.rejectValue("workingDays", "sla.error.workingDays");
					break;
				}
				days.add(DayOfWeek.of(Integer.parseInt(day)));
			}
		}
		if (days.isEmpty() && !errors.hasFieldErrors("workingDays")) {
			errors.rejectValue("workingDays", "sla.error.workingDays");
		}
		LocalTime opensAt = time(errors, "opens", this.opens);
		LocalTime closesAt = time(errors, "closes", this.closes);
		if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
			errors.rejectValue("closes", "sla.error.closesBeforeOpens");
			closesAt = null;
		}
		ZoneId timeZone = null;
		try {
			timeZone = ZoneId.of((this.zone != null) ? this.zone.strip() : "");
		}
		catch (RuntimeException ex) {
			errors.rejectValue("zone", "sla.error.zone");
		}
		if (this.level == null) {
			errors.reject("sla.error.amount");
			return null;
		}
		ServiceLevel defaults = (opensAt != null && closesAt != null)
				? this.level.toLevel(errors, "level.", opensAt, closesAt) : null;
		if (errors.hasErrors() || defaults == null) {
			return null;
		}
		return new SlaSettings(defaults,
				new BusinessCalendar(days, opensAt, closesAt, timeZone, "true".equals(this.frenchHolidays), closures),
				"true".equals(this.detailedAlerts), versionNumber());
	}

	/**
	 * @return the version the form showed, or -1 (never current) when it was tampered
	 * with
	 */
	long versionNumber() {
		try {
			return Long.parseLong((this.version != null) ? this.version.strip() : "");
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static LocalTime time(Errors errors, String field, String value) {
		try {
			return LocalTime.parse((value != null) ? value.strip() : "");
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "sla.error.time");
			return null;
		}
	}

}
