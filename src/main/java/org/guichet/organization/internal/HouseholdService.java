package org.guichet.organization.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.organization.HouseholdState;
import org.guichet.organization.HouseholdView;
import org.guichet.organization.Households;
import org.guichet.organization.IndividualDetails;
import org.guichet.organization.IndividualKind;
import org.guichet.organization.IndividualView;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationContact;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationIdentity;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.Organizations;
import org.guichet.shared.Civility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Household accounts: their state, and the adults and children in them, one adult being
 * responsible for the account.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdService implements Households {

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Clock clock;

	HouseholdService(JdbcClient jdbc, Organizations organizations, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public OrganizationId open(IndividualDetails responsible, OrganizationContact contact) {
		if (responsible.kind() != IndividualKind.ADULT) {
			throw new HouseholdRuleException("households.error.responsibleAdult");
		}
		String number;
		do {
			number = "F-" + this.jdbc.sql("select nextval('household_number_seq')").query(Long.class).single();
		}
		while (this.organizations.byCustomerCode(number).isPresent());
		OrganizationId household = this.organizations
			.create(new OrganizationIdentity("Foyer " + responsible.lastName().strip(), null,
					OrganizationKind.HOUSEHOLD, number, null, true), contact);
		UUID individual = addIndividual(household, responsible);
		makeResponsible(household, individual);
		return household;
	}

	@Override
	public Optional<HouseholdView> find(OrganizationId household) {
		Optional<OrganizationCard> card = this.organizations.card(household)
			.filter((found) -> found.identity().kind() == OrganizationKind.HOUSEHOLD);
		if (card.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select state, state_changed_at from households where organization_id = :id")
			.param("id", household.value())
			.query((rs, row) -> new HouseholdView(card.get(), HouseholdState.valueOf(rs.getString("state")),
					rs.getTimestamp("state_changed_at").toInstant(), individuals(household)))
			.optional();
	}

	private List<IndividualView> individuals(OrganizationId household) {
		return this.jdbc.sql("""
				select * from individuals where organization_id = :id
				order by kind, responsible desc, birth_date nulls last, last_name, first_name""")
			.param("id", household.value())
			.query(HouseholdService::individual)
			.list();
	}

	public Optional<IndividualView> individual(OrganizationId household, UUID individual) {
		return this.jdbc.sql("select * from individuals where organization_id = :household and individual_id = :id")
			.param("household", household.value())
			.param("id", individual)
			.query(HouseholdService::individual)
			.optional();
	}

	@Override
	@Transactional
	public UUID addIndividual(OrganizationId household, IndividualDetails details) {
		requireHousehold(household);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into individuals (individual_id, organization_id, kind, civility, first_name, last_name,
				  birth_date, created_at)
				values (:id, :household, :kind, :civility, :firstName, :lastName, :birthDate, :now)""")
			.param("id", id)
			.param("household", household.value())
			.params(detailParameters(details))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	@Transactional
	public void updateIndividual(OrganizationId household, UUID individual, IndividualDetails details) {
		IndividualView current = individual(household, individual).orElseThrow(NotFoundException::new);
		if (current.responsible() && details.kind() != IndividualKind.ADULT) {
			throw new HouseholdRuleException("households.error.responsibleAdult");
		}
		this.jdbc.sql("""
				update individuals set kind = :kind, civility = :civility, first_name = :firstName,
				  last_name = :lastName, birth_date = :birthDate
				where individual_id = :id""").param("id", individual).params(detailParameters(details)).update();
	}

	@Transactional
	public void removeIndividual(OrganizationId household, UUID individual) {
		IndividualView current = individual(household, individual).orElseThrow(NotFoundException::new);
		if (current.responsible()) {
			throw new HouseholdRuleException("households.error.removeResponsible");
		}
		this.jdbc.sql("delete from individuals where individual_id = :id").param("id", individual).update();
	}

	/**
	 * Makes an adult the one responsible for the account, in place of the previous one.
	 */
	@Override
	@Transactional
	public void makeResponsible(OrganizationId household, UUID individual) {
		IndividualView chosen = individual(household, individual).orElseThrow(NotFoundException::new);
		if (chosen.details().kind() != IndividualKind.ADULT) {
			throw new HouseholdRuleException("households.error.responsibleAdult");
		}
		this.jdbc.sql("update individuals set responsible = false where organization_id = :household and responsible")
			.param("household", household.value())
			.update();
		this.jdbc.sql("update individuals set responsible = true where individual_id = :id")
			.param("id", individual)
			.update();
	}

	/**
	 * Links a person to the account they sign in with.
	 */
	@Override
	@Transactional
	public void linkLogin(OrganizationId household, UUID individual, UserId login) {
		individual(household, individual).orElseThrow(NotFoundException::new);
		this.jdbc.sql("update individuals set user_id = :user where individual_id = :id")
			.param("user", login.value())
			.param("id", individual)
			.update();
	}

	/**
	 * Staff move the account to another state; an archived account can no longer be used.
	 */
	@Transactional
	public void changeState(OrganizationId household, HouseholdState next) {
		HouseholdView current = find(household).orElseThrow(NotFoundException::new);
		if (!current.state().canBecome(next)) {
			throw new HouseholdRuleException("households.error.state");
		}
		this.jdbc.sql("update households set state = :state, state_changed_at = :now where organization_id = :id")
			.param("state", next.name())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", household.value())
			.update();
		if (next == HouseholdState.ARCHIVED && current.card().identity().active()) {
			setActive(household, false);
		}
	}

	/**
	 * The household's people changed something themselves: staff must validate it.
	 */
	@Transactional
	public void awaitValidation(OrganizationId household) {
		HouseholdView current = find(household).orElseThrow(NotFoundException::new);
		if (current.state() == HouseholdState.VALID) {
			changeState(household, HouseholdState.PENDING);
		}
	}

	/**
	 * Staff let the household's people use the portal, or stop them.
	 */
	@Transactional
	public void setActive(OrganizationId household, boolean active) {
		OrganizationCard card = find(household).orElseThrow(NotFoundException::new).card();
		OrganizationIdentity identity = card.identity();
		this.organizations.identifyAndContact(household, new OrganizationIdentity(identity.name(), identity.legalName(),
				identity.kind(), identity.customerCode(), identity.siret(), active), card.contact());
	}

	private void requireHousehold(OrganizationId household) {
		if (this.jdbc.sql("select count(*) from households where organization_id = :id")
			.param("id", household.value())
			.query(Long.class)
			.single() == 0) {
			throw new NotFoundException();
		}
	}

	private static Map<String, Object> detailParameters(IndividualDetails details) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", details.kind().name());
		parameters.put("civility", (details.civility() != null) ? details.civility().name() : null);
		parameters.put("firstName", details.firstName().strip());
		parameters.put("lastName", details.lastName().strip());
		parameters.put("birthDate", (details.birthDate() != null) ? Date.valueOf(details.birthDate()) : null);
		return parameters;
	}

	private static IndividualView individual(ResultSet rs, int row) throws SQLException {
		Date birth = rs.getDate("birth_date");
		LocalDate birthDate = (birth != null) ? birth.toLocalDate() : null;
		String civility = rs.getString("civility");
		UUID login = rs.getObject("user_id", UUID.class);
		return new IndividualView(rs.getObject("individual_id", UUID.class),
				new IndividualDetails(IndividualKind.valueOf(rs.getString("kind")),
						(civility != null) ? Civility.valueOf(civility) : null, rs.getString("first_name"),
						rs.getString("last_name"), birthDate),
				(login != null) ? new UserId(login) : null, rs.getBoolean("responsible"));
	}

	/**
	 * A rule of household accounts forbids the change asked for.
	 */
	public static class HouseholdRuleException extends RuntimeException {

		private final String messageKey;

		public HouseholdRuleException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
