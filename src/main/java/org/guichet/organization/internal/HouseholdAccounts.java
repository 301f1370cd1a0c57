package org.guichet.organization.internal;

import java.time.Clock;
import java.time.ZoneOffset;

import org.guichet.organization.OrganizationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every organization of kind household its account state, however it was created
 * (the staff form, an import, the counter).
 */
@Component
class HouseholdAccounts {

	private final JdbcClient jdbc;

	private final Clock clock;

	HouseholdAccounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return whether people are declared in the organization
	 */
	boolean hasPeople(OrganizationId organization) {
		return this.jdbc.sql("select exists (select 1 from individuals where organization_id = :id)")
			.param("id", organization.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Opens the household's account, valid, unless it has one. Call once the organization
	 * is flushed.
	 */
	void ensure(OrganizationId organization) {
		this.jdbc.sql("""
				insert into households (organization_id, state, state_changed_at) values (:id, 'VALID', :now)
				on conflict (organization_id) do nothing""")
			.param("id", organization.value())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

}
