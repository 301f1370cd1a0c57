package org.guichet.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.guichet.bench.GeneratedTicket.Entry;
import org.guichet.sla.BusinessCalendar;
import org.guichet.sla.ServiceLevel;
import org.guichet.sla.SlaClock;
import org.guichet.sla.SlaPolicy;

/**
 * The SLA clock of an open generated ticket, as Guichet's SLA module would have kept it:
 * its events (START when filed, PAUSE and RESUME while the requester is to answer or to
 * validate, the first RESPONSE) and its reading at the end of generation, computed with
 * the application's {@link SlaClock} against the installation's default service level
 * (generated request types have none of their own). Without these rows, Guichet would
 * start a clock for every open ticket, one at a time, when it starts.
 *
 * @param events kind and moment of each event, in the order they are recorded
 */
record GeneratedClock(List<Object[]> events, SlaClock.State state, SlaClock.Status status, Instant dueAt,
		Instant firstResponseDueAt, Instant firstResponseAt, Instant nextCheckAt) {

	/**
	 * The default service level and calendar of the installation.
	 */
	record Settings(ServiceLevel level, BusinessCalendar calendar) {

		static Settings read(Connection connection) throws SQLException {
			Set<LocalDate> closures = new HashSet<>();
			try (Statement statement = connection.createStatement()) {
				ResultSet days = statement.executeQuery("select day from sla_closures");
				while (days.next()) {
					closures.add(days.getDate(1).toLocalDate());
				}
				ResultSet row = statement.executeQuery("select * from sla_settings where id = 1");
				row.next();
				Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
				Arrays.stream(row.getString("working_days").split(","))
					.forEach((day) -> working.add(DayOfWeek.of(Integer.parseInt(day.strip()))));
				int first = row.getInt("first_response_minutes");
				Duration firstResponse = row.wasNull() ? null : Duration.ofMinutes(first);
				ServiceLevel level = new ServiceLevel(
						new SlaPolicy(SlaPolicy.Measure.valueOf(row.getString("measure")),
								Duration.ofMinutes(row.getInt("target_minutes")),
								Duration.ofMinutes(row.getInt("reminder_minutes"))),
						firstResponse, row.getBoolean("shown_to_requester"));
				BusinessCalendar calendar = new BusinessCalendar(working, row.getTime("opens").toLocalTime(),
						row.getTime("closes").toLocalTime(), ZoneId.of(row.getString("zone")),
						row.getBoolean("french_holidays"), closures);
				return new Settings(level, calendar);
			}
		}

	}

	static GeneratedClock of(GeneratedTicket ticket, Settings settings, Instant now) {
		List<Object[]> events = new ArrayList<>();
		events.add(new Object[] { "START", ticket.createdAt() });
		SlaClock clock = new SlaClock(List.of())
			.with(new SlaClock.Event(SlaClock.Event.Kind.START, ticket.createdAt()));
		Instant firstResponse = null;
		for (Entry entry : ticket.history()) {
			for (String kind : entry.clock()) {
				if ("RESPONSE".equals(kind)) {
					if (firstResponse == null) {
						firstResponse = entry.at();
						events.add(new Object[] { kind, entry.at() });
					}
				}
				else {
					events.add(new Object[] { kind, entry.at() });
					clock = clock.with(new SlaClock.Event(SlaClock.Event.Kind.valueOf(kind), entry.at()));
				}
			}
		}
		return read(events, clock, firstResponse, settings, now);
	}

	/**
	 * What {@code ClockReading.of} computes in the SLA module (package-private there).
	 */
	private static GeneratedClock read(List<Object[]> events, SlaClock clock, Instant firstResponseAt,
			Settings settings, Instant now) {
		ServiceLevel level = settings.level();
		BusinessCalendar calendar = settings.calendar();
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
			firstDue = clock.due(calendar, new SlaPolicy(policy.measure(), level.firstResponse(), Duration.ZERO), now)
				.orElse(null);
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
		return new GeneratedClock(events, clock.state(), status, due, firstDue, firstResponseAt, next);
	}

}
