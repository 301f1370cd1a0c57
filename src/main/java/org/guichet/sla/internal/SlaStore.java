package org.guichet.sla.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.guichet.sla.BusinessCalendar;
import org.guichet.sla.ServiceLevel;
import org.guichet.sla.SlaPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the service-level settings, closure days and request types' own
 * service levels.
 */
@Component
class SlaStore {

	private final JdbcClient jdbc;

	SlaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SlaSettings settings() {
		Map<LocalDate, String> closures = closures();
		return this.jdbc.sql("select * from sla_settings where id = 1")
			.query((row, index) -> new SlaSettings(level(row),
					new BusinessCalendar(days(row.getString("working_days")), row.getTime("opens").toLocalTime(),
							row.getTime("closes").toLocalTime(), ZoneId.of(row.getString("zone")),
							row.getBoolean("french_holidays"), closures.keySet()),
					row.getBoolean("detailed_alerts"), row.getLong("version")))
			.single();
	}

	/**
	 * @return whether the settings were saved: not when they changed since
	 * {@code version}
	 */
	boolean saveSettings(SlaSettings settings, long version, Instant now) {
		ServiceLevel level = settings.defaults();
		BusinessCalendar calendar = settings.calendar();
		return this.jdbc.sql("""
				update sla_settings set measure = ?, target_minutes = ?, reminder_minutes = ?,
				  first_response_minutes = ?, shown_to_requester = ?, detailed_alerts = ?, working_days = ?,
				  opens = ?, closes = ?, zone = ?, french_holidays = ?, version = version + 1, updated_at = ?
				where id = 1 and version = ?
				""")
			.params(level.policy().measure().name(), minutes(level.policy().target()),
					minutes(level.policy().reminder()), minutes(level.firstResponse()), level.shownToRequester(),
					settings.detailedAlerts(),
					calendar.workingDays()
						.stream()
						.map((day) -> Integer.toString(day.getValue()))
						.collect(Collectors.joining(",")),
					Time.valueOf(calendar.opens()), Time.valueOf(calendar.closes()), calendar.zone().getId(),
					calendar.frenchHolidays(), Timestamp.from(now), version)
			.update() == 1;
	}

	Map<LocalDate, String> closures() {
		Map<LocalDate, String> closures = new LinkedHashMap<>();
		this.jdbc.sql("select day, label from sla_closures order by day")
			.query((row, index) -> Map.entry(row.getDate("day").toLocalDate(), row.getString("label")))
			.list()
			.forEach((closure) -> closures.put(closure.getKey(), closure.getValue()));
		return closures;
	}

	/**
	 * @return whether the day was added: not when it already was a closure
	 */
	boolean addClosure(LocalDate day, String label) {
		return this.jdbc.sql("insert into sla_closures (day, label) values (?, ?) on conflict do nothing")
			.params(Date.valueOf(day), label)
			.update() == 1;
	}

	boolean removeClosure(LocalDate day) {
		return this.jdbc.sql("delete from sla_closures where day = ?").param(Date.valueOf(day)).update() == 1;
	}

	Optional<ServiceLevel> typeLevel(UUID requestTypeId) {
		return this.jdbc.sql("select * from sla_type_policies where request_type_id = ?")
			.param(requestTypeId)
			.query((row, index) -> level(row))
			.optional();
	}

	/**
	 * @return the request types that have their own service level
	 */
	Set<UUID> typesWithLevel() {
		return new HashSet<>(this.jdbc.sql("select request_type_id from sla_type_policies").query(UUID.class).list());
	}

	void saveTypeLevel(UUID requestTypeId, ServiceLevel level, Instant now) {
		this.jdbc.sql("""
				insert into sla_type_policies (request_type_id, measure, target_minutes, reminder_minutes,
				  first_response_minutes, shown_to_requester, updated_at)
				values (:type, :measure, :target, :reminder, :firstResponse, :shown, :now)
				on conflict (request_type_id) do update set measure = excluded.measure,
				  target_minutes = excluded.target_minutes, reminder_minutes = excluded.reminder_minutes,
				  first_response_minutes = excluded.first_response_minutes,
				  shown_to_requester = excluded.shown_to_requester, version = sla_type_policies.version + 1,
				  updated_at = excluded.updated_at
				""")
			.param("type", requestTypeId)
			.param("measure", level.policy().measure().name())
			.param("target", minutes(level.policy().target()))
			.param("reminder", minutes(level.policy().reminder()))
			.param("firstResponse", minutes(level.firstResponse()))
			.param("shown", level.shownToRequester())
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean removeTypeLevel(UUID requestTypeId) {
		return this.jdbc.sql("delete from sla_type_policies where request_type_id = ?")
			.param(requestTypeId)
			.update() == 1;
	}

	static ServiceLevel level(ResultSet row) throws SQLException {
		int firstResponse = row.getInt("first_response_minutes");
		Duration first = row.wasNull() ? null : Duration.ofMinutes(firstResponse);
		return new ServiceLevel(new SlaPolicy(SlaPolicy.Measure.valueOf(row.getString("measure")),
				Duration.ofMinutes(row.getInt("target_minutes")), Duration.ofMinutes(row.getInt("reminder_minutes"))),
				first, row.getBoolean("shown_to_requester"));
	}

	static Integer minutes(Duration duration) {
		return (duration != null) ? Math.toIntExact(duration.toMinutes()) : null;
	}

	private static Set<DayOfWeek> days(String list) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).map(DayOfWeek::of).forEach(days::add);
		return days;
	}

}
