package org.guichet.organization.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.organization.HouseholdState;
import org.guichet.organization.IndividualKind;
import org.guichet.organization.OrganizationId;
import org.guichet.shared.SqlLike;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff search of households (CapDémat's "Rechercher un compte foyer"): a row per
 * person found, or per household when only the responsible adults are asked for; by last
 * name, first name and household number, accents and case ignored; filtered by account
 * state and status; sorted by name, number or creation date.
 */
@Component
@Transactional(readOnly = true)
public class HouseholdDirectory {

	private final JdbcClient jdbc;

	HouseholdDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param criteria what to look for
	 * @param page the page, from 0
	 * @param size rows per page
	 * @return at most {@code size + 1} rows, the last one telling that there is a next
	 * page
	 */
	public List<Row> search(Criteria criteria, int page, int size) {
		StringBuilder sql = new StringBuilder(
				"""
						select o.organization_id, o.customer_code, o.name, o.active, o.created_at, h.state,
						  i.individual_id, i.kind, i.first_name, i.last_name, i.birth_date, coalesce(i.responsible, false) as responsible
						from households h
						join organizations o on o.organization_id = h.organization_id and o.kind = 'HOUSEHOLD'
						left join individuals i on i.organization_id = h.organization_id
						where true""");
		Map<String, Object> params = new HashMap<>();
		if (!criteria.lastName().isBlank()) {
			params.put("last", SqlLike.containing(criteria.lastName()));
		}
		if (!criteria.firstName().isBlank()) {
			params.put("first", SqlLike.containing(criteria.firstName()));
		}
		if (criteria.responsibleOnly()) {
			// one row per household, its responsible adult, whoever of it matched the
			// names
			sql.append(" and i.responsible");
			if (!criteria.lastName().isBlank() || !criteria.firstName().isBlank()) {
				sql.append(" and exists (select 1 from individuals n where n.organization_id = h.organization_id")
					.append(names(criteria, "n"))
					.append(")");
			}
		}
		else {
			sql.append(names(criteria, "i"));
		}
		if (!criteria.number().isBlank()) {
			sql.append(" and lower(o.customer_code) like lower(:number) escape '\\'");
			params.put("number", SqlLike.containing(criteria.number()));
		}
		criteria.state().ifPresent((state) -> {
			sql.append(" and h.state = :state");
			params.put("state", state.name());
		});
		criteria.active().ifPresent((active) -> {
			sql.append(" and o.active = :active");
			params.put("active", active);
		});
		sql.append(" order by ").append(switch (criteria.sort()) {
			case NAME -> "organization_sort_name(i.last_name) nulls last, organization_sort_name(i.first_name),"
					+ " o.customer_code";
			case NUMBER -> "o.customer_code, i.kind, i.last_name, i.first_name";
			case CREATED -> "o.created_at desc, o.customer_code, i.kind, i.last_name, i.first_name";
		}).append(", i.individual_id limit :limit offset :offset");
		params.put("limit", size + 1);
		params.put("offset", page * size);
		return this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			Date birth = rs.getDate("birth_date");
			String kind = rs.getString("kind");
			return new Row(new OrganizationId(rs.getObject("organization_id", UUID.class)),
					rs.getString("customer_code"), rs.getString("name"), rs.getBoolean("active"),
					HouseholdState.valueOf(rs.getString("state")), rs.getObject("individual_id", UUID.class),
					(kind != null) ? IndividualKind.valueOf(kind) : null, rs.getString("first_name"),
					rs.getString("last_name"), (birth != null) ? birth.toLocalDate() : null,
					rs.getBoolean("responsible"));
		}).list();
	}

	/**
	 * @return the conditions on the names of the person {@code alias}, on the trigram
	 * index of last and first names
	 */
	private static String names(Criteria criteria, String alias) {
		String both = "organization_sort_name(" + alias + ".last_name || ' ' || " + alias + ".first_name)";
		StringBuilder names = new StringBuilder();
		if (!criteria.lastName().isBlank()) {
			names.append(" and ").append(both).append(" like organization_sort_name(:last) escape '\\'");
			names.append(" and organization_sort_name(")
				.append(alias)
				.append(".last_name)")
				.append(" like organization_sort_name(:last) escape '\\'");
		}
		if (!criteria.firstName().isBlank()) {
			names.append(" and ").append(both).append(" like organization_sort_name(:first) escape '\\'");
			names.append(" and organization_sort_name(")
				.append(alias)
				.append(".first_name)")
				.append(" like organization_sort_name(:first) escape '\\'");
		}
		return names.toString();
	}

	/**
	 * How the result is sorted.
	 */
	public enum Sort {

		NAME, NUMBER, CREATED

	}

	/**
	 * What staff look for; blank texts match everything.
	 *
	 * @param lastName part of a last name
	 * @param firstName part of a first name
	 * @param number part of a household number
	 * @param responsibleOnly one row per household, its responsible adult
	 * @param state only that account state, if given
	 * @param active only active (or inactive) accounts, if given
	 * @param sort the order
	 */
	public record Criteria(String lastName, String firstName, String number, boolean responsibleOnly,
			Optional<HouseholdState> state, Optional<Boolean> active, Sort sort) {

	}

	/**
	 * A person found, with their household; the person is empty for a household that has
	 * nobody declared yet.
	 */
	public record Row(OrganizationId household, String number, String householdName, boolean active,
			HouseholdState state, UUID individualId, IndividualKind kind, String firstName, String lastName,
			LocalDate birthDate, boolean responsible) {

	}

}
