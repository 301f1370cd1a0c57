package org.guichet.sla.web;

import java.time.Duration;
import java.time.LocalTime;

import org.guichet.sla.ServiceLevel;
import org.guichet.sla.SlaPolicy;

import org.springframework.validation.Errors;

/**
 * A service level as typed: every field as text, so that a wrong or forged value comes
 * back next to its field (or is read as "no") rather than failing the binding. In working
 * time, a day is the calendar's working day (9:00 to 18:00 is nine hours).
 */
public record LevelForm(String measure, String target, String targetUnit, String reminder, String reminderUnit,
		String firstResponse, String firstResponseUnit, String shownToRequester) {

	/** A year: more is a typing mistake. */
	private static final Duration MAX = Duration.ofDays(366);

	static LevelForm of(ServiceLevel level, LocalTime opens, LocalTime closes) {
		boolean working = level.policy().measure() == SlaPolicy.Measure.WORKING_TIME;
		Duration day = working ? Duration.between(opens, closes) : Duration.ofDays(1);
		String[] target = amount(level.policy().target(), day);
		String[] reminder = amount(level.policy().reminder(), day);
		String[] first = (level.firstResponse() != null) ? amount(level.firstResponse(), day)
				: new String[] { "", "HOURS" };
		return new LevelForm(level.policy().measure().name(), target[0], target[1], reminder[0], reminder[1], first[0],
				first[1], Boolean.toString(level.shownToRequester()));
	}

	private static String[] amount(Duration duration, Duration day) {
		if (!duration.isZero() && duration.toMinutes() % day.toMinutes() == 0) {
			return new String[] { Long.toString(duration.toMinutes() / day.toMinutes()), "DAYS" };
		}
		if (duration.toMinutes() % 60 == 0) {
			return new String[] { Long.toString(duration.toHours()), "HOURS" };
		}
		return new String[] { Long.toString(duration.toMinutes()), "MINUTES" };
	}

	/**
	 * @param prefix the fields' path in the form object, e.g. {@code level.}
	 * @return the level, or {@code null} with the errors next to the fields
	 */
	ServiceLevel toLevel(Errors errors, String prefix, LocalTime opens, LocalTime closes) {
		SlaPolicy.Measure chosen = null;
		try {
			chosen = SlaPolicy.Measure.valueOf((this.measure != null) ? this.measure : "");
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(prefix + "measure", "sla.error.measure");
		}
		Duration day = (chosen == SlaPolicy.Measure.WORKING_TIME) ? Duration.between(opens, closes)
				: Duration.ofDays(1);
		Duration targetTime = duration(errors, prefix + "target", this.target, this.targetUnit, day, true);
		Duration reminderTime = duration(errors, prefix + "reminder", this.reminder, this.reminderUnit, day, false);
		Duration firstTime = null;
		if (this.firstResponse != null && !this.firstResponse.isBlank()) {
			firstTime = duration(errors, prefix + "firstResponse", this.firstResponse, this.firstResponseUnit, day,
					true);
		}
		if (targetTime != null && reminderTime != null && reminderTime.compareTo(targetTime) >= 0) {
			errors.rejectValue(prefix + "reminder", "sla.error.reminderAfterTarget");
			return null;
		}
		if (firstTime != null && targetTime != null && firstTime.compareTo(targetTime) > 0) {
			errors.rejectValue(prefix + "firstResponse", "sla.error.firstResponseAfterTarget");
			return null;
		}
		if (chosen == null || targetTime == null || reminderTime == null || errors.hasErrors()) {
			return null;
		}
		return new ServiceLevel(new SlaPolicy(chosen, targetTime, reminderTime), firstTime,
				"true".equals(this.shownToRequester));
	}

	private static Duration duration(Errors errors, String field, String amount, String unit, Duration day,
			boolean positive) {
		long value;
		try {
			value = Long.parseLong((amount != null) ? amount.strip() : "");
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "sla.error.amount");
			return null;
		}
		Duration one = switch ((unit != null) ? unit : "") {
			case "DAYS" -> day;
			case "HOURS" -> Duration.ofHours(1);
			case "MINUTES" -> Duration.ofMinutes(1);
			default -> null;
		};
		if (one == null || value < 0 || (positive && value == 0) || value > MAX.toMinutes()) {
			errors.rejectValue(field, "sla.error.amount");
			return null;
		}
		Duration total = one.multipliedBy(value);
		if (total.compareTo(MAX) > 0) {
			errors.rejectValue(field, "sla.error.tooLong");
			return null;
		}
		return total;
	}

}
