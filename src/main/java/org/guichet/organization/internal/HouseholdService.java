package org.guichet.organization.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.guichet.account.Accounts;
import org.guichet.account.EmailAddress;
import org.guichet.account.Invitations;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.organization.HouseholdState;
import org.guichet.organization.HouseholdView;
import org.guichet.organization.Households;
import org.guichet.organization.IndividualDetails;
import org.guichet.organization.IndividualKind;
import org.guichet.organization.IndividualView;
import org.guichet.organization.MemberRole;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationContact;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationIdentity;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.Organizations;
import org.guichet.shared.Civility;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Household accounts: their state, and the adults and children in them, one adult being
 * responsible for the account and, when they sign in, its administrator. Every change
 * locks the household's row first, so that two people changing one household at once are
 * applied one after the other and checked against what the first one did, and is recorded
 * in the audit log with who made it.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdService implements Households {

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Clock clock;

	private final Accounts accounts;

	private final Invitations invitations;

	private final SecurityLog securityLog;

	private final EntityManager entityManager;

	HouseholdService(JdbcClient jdbc, Organizations organizations, Clock clock, Accounts accounts,
			Invitations invitations, SecurityLog securityLog, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
		this.accounts = accounts;
		this.invitations = invitations;
		this.securityLog = securityLog;
	}

	private OrganizationId open(String name, IndividualDetails responsible, OrganizationContact contact) {
		if (responsible.kind() != IndividualKind.ADULT) {
			throw new HouseholdRuleException("households.error.responsibleAdult");
		}
		String number;
		do {
			number = "F-" + this.jdbc.sql("select nextval('household_number_seq')").query(Long.class).single();
		}
		while (this.organizations.byCustomerCode(number).isPresent());
		OrganizationId household = this.organizations
			.create(new OrganizationIdentity(name, null, OrganizationKind.HOUSEHOLD, number, null, true), contact);
		UUID individual = addIndividual(household, responsible);
		makeResponsible(household, individual);
		return household;
	}

	/**
	 * Staff open a household at the counter, and invite its responsible adult to sign in
	 * when an address is given: all of it or nothing.
	 */
	@Transactional
	public OrganizationId open(UserId actor, String name, IndividualDetails responsible, OrganizationContact contact,
			Optional<EmailAddress> login, Locale locale) {
		OrganizationId household = open(name, responsible, contact);
		HouseholdView opened = find(household).orElseThrow();
		record(actor, opened, "opened");
		login.ifPresent(
				(address) -> giveLogin(actor, household, opened.responsible().orElseThrow().id(), address, locale));
		return household;
	}

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
		requireChangeable(lock(household));
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

	/**
	 * Declares a person, recorded in the audit log.
	 * @param actor who declares them: staff, or the household's own administrator
	 */
	@Transactional
	public UUID addIndividual(UserId actor, OrganizationId household, IndividualDetails details) {
		UUID id = addIndividual(household, details);
		record(actor, household, "person added: " + details.firstName().strip() + " " + details.lastName().strip());
		return id;
	}

	@Transactional
	public void updateIndividual(UserId actor, OrganizationId household, UUID individual, IndividualDetails details) {
		requireChangeable(lock(household));
		IndividualView current = individual(household, individual).orElseThrow(NotFoundException::new);
		if (current.responsible() && details.kind() != IndividualKind.ADULT) {
			throw new HouseholdRuleException("households.error.responsibleAdult");
		}
		if (current.login() != null && details.kind() != IndividualKind.ADULT) {
			throw new HouseholdRuleException("households.error.loginAdult");
		}
		this.jdbc.sql("""
				update individuals set kind = :kind, civility = :civility, first_name = :firstName,
				  last_name = :lastName, birth_date = :birthDate
				where individual_id = :id""").param("id", individual).params(detailParameters(details)).update();
		record(actor, household, "person changed: " + current.fullName());
	}

	/**
	 * Removes a person who is not responsible for the account; if they signed in, they
	 * are no longer a member of the household.
	 */
	@Transactional
	public void removeIndividual(UserId actor, OrganizationId household, UUID individual) {
		requireChangeable(lock(household));
		IndividualView current = individual(household, individual).orElseThrow(NotFoundException::new);
		if (current.responsible()) {
			throw new HouseholdRuleException("households.error.removeResponsible");
		}
		this.jdbc.sql("delete from individuals where individual_id = :id").param("id", individual).update();
		if (current.login() != null && this.organizations.membership(current.login(), household).isPresent()) {
			this.organizations.removeMember(household, current.login());
		}
		record(actor, household, "person removed: " + current.fullName());
	}

	@Override
	@Transactional
	public void makeResponsible(OrganizationId household, UUID individual) {
		requireChangeable(lock(household));
		IndividualView chosen = individual(household, individual).orElseThrow(NotFoundException::new);
		if (chosen.details().kind() != IndividualKind.ADULT) {
			throw new HouseholdRuleException("households.error.responsibleAdult");
		}
		individuals(household).stream()
			.filter((other) -> other.responsible() && !other.id().equals(individual))
			.forEach((previous) -> setRole(household, previous.login(), MemberRole.MEMBER));
		this.jdbc.sql("update individuals set responsible = false where organization_id = :household and responsible")
			.param("household", household.value())
			.update();
		this.jdbc.sql("update individuals set responsible = true where individual_id = :id")
			.param("id", individual)
			.update();
		setRole(household, chosen.login(), MemberRole.ADMIN);
	}

	/**
	 * Makes an adult responsible for the account, in place of the previous one, who stays
	 * a member; the household's administrator is whoever is responsible.
	 */
	@Transactional
	public void makeResponsible(UserId actor, OrganizationId household, UUID individual) {
		makeResponsible(household, individual);
		record(actor, household, "responsible adult is now "
				+ individual(household, individual).map(IndividualView::fullName).orElse("?"));
	}

	@Override
	@Transactional
	public void linkLogin(OrganizationId household, UUID individual, UserId login) {
		lock(household);
		individual(household, individual).orElseThrow(NotFoundException::new);
		if (individuals(household).stream().anyMatch((other) -> login.equals(other.login()))) {
			throw new HouseholdRuleException("households.error.loginUsed");
		}
		// an account invited in this transaction is still in the persistence context
		this.entityManager.flush();
		this.jdbc.sql("update individuals set user_id = :user where individual_id = :id")
			.param("user", login.value())
			.param("id", individual)
			.update();
	}

	/**
	 * Lets an adult of the household sign in: an invitation to a new address, or the
	 * existing customer account of that address, made a member (administrator when
	 * responsible for the account).
	 */
	@Transactional
	public void giveLogin(UserId actor, OrganizationId household, UUID individual, EmailAddress address,
			Locale locale) {
		requireChangeable(lock(household));
		IndividualView person = individual(household, individual).orElseThrow(NotFoundException::new);
		if (person.login() != null) {
			throw new HouseholdRuleException("households.error.hasLogin");
		}
		if (person.details().kind() != IndividualKind.ADULT) {
			throw new HouseholdRuleException("households.error.loginAdult");
		}
		Optional<UserSummary> existing = this.accounts.findByEmail(address.value());
		if (existing.isPresent() && existing.get().staffRole() != null) {
			throw new LoginAddressRefusedException("import.error.staffAddress");
		}
		String name = this.organizations.card(household).orElseThrow().identity().name();
		UserId login = existing.map(UserSummary::id)
			.orElseGet(() -> this.invitations.invite(address, actor, name, locale));
		linkLogin(household, individual, login);
		MemberRole role = person.responsible() ? MemberRole.ADMIN : MemberRole.MEMBER;
		if (this.organizations.membership(login, household).isEmpty()) {
			this.organizations.addMember(household, login, role);
		}
		else {
			this.organizations.changeRole(household, login, role);
		}
		record(actor, household, "portal sign-in given to " + person.fullName());
	}

	/**
	 * Staff move the account to another state; an archived account can no longer be used.
	 */
	@Transactional
	public void changeState(UserId actor, OrganizationId household, HouseholdState next) {
		HouseholdState current = lock(household);
		if (!current.canBecome(next)) {
			throw new HouseholdRuleException("households.error.state");
		}
		this.jdbc.sql("update households set state = :state, state_changed_at = :now where organization_id = :id")
			.param("state", next.name())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", household.value())
			.update();
		if (next == HouseholdState.ARCHIVED) {
			activate(household, false);
		}
		record(actor, household, "state " + current + " -> " + next);
	}

	/**
	 * The household's people changed something themselves: staff must validate it.
	 */
	@Transactional
	public void awaitValidation(UserId actor, OrganizationId household) {
		HouseholdState current = lock(household);
		if (current == HouseholdState.VALID || current == HouseholdState.INVALID) {
			changeState(actor, household, HouseholdState.PENDING);
		}
	}

	/**
	 * Staff let the household's people use the portal, or stop them.
	 */
	@Transactional
	public void setActive(UserId actor, OrganizationId household, boolean active) {
		if (active && lock(household) == HouseholdState.ARCHIVED) {
			throw new HouseholdRuleException("households.error.archivedInactive");
		}
		activate(household, active);
		record(actor, household, active ? "activated" : "deactivated");
	}

	private void activate(OrganizationId household, boolean active) {
		OrganizationCard card = this.organizations.card(household).orElseThrow(NotFoundException::new);
		OrganizationIdentity identity = card.identity();
		if (identity.active() != active) {
			this.organizations.identifyAndContact(household, new OrganizationIdentity(identity.name(),
					identity.legalName(), identity.kind(), identity.customerCode(), identity.siret(), active),
					card.contact());
		}
	}

	private void setRole(OrganizationId household, UserId login, MemberRole role) {
		if (login != null && this.organizations.membership(login, household).isPresent()) {
			this.organizations.changeRole(household, login, role);
		}
	}

	/**
	 * @return the household's state, its row locked until the transaction ends
	 * @throws NotFoundException when it is not a household
	 */
	private HouseholdState lock(OrganizationId household) {
		return this.jdbc.sql("select state from households where organization_id = :id for update")
			.param("id", household.value())
			.query((rs, row) -> HouseholdState.valueOf(rs.getString("state")))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private static void requireChangeable(HouseholdState state) {
		if (state == HouseholdState.ARCHIVED) {
			throw new HouseholdRuleException("households.error.archived");
		}
	}

	private void record(UserId actor, OrganizationId household, String what) {
		// only the number is logged: the card is enough, not the whole household
		this.organizations.card(household)
			.ifPresent((card) -> this.securityLog.recordForOrganization(SecurityEventType.HOUSEHOLD_CHANGED, actor,
					household.value(), card.identity().customerCode() + ": " + what));
	}

	private void record(UserId actor, HouseholdView household, String what) {
		this.securityLog.recordForOrganization(SecurityEventType.HOUSEHOLD_CHANGED, actor,
				household.card().id().value(), household.number() + ": " + what);
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
	 * A rule of household accounts forbids the change asked for; a 409 wherever it is not
	 * handled.
	 */
	@ResponseStatus(HttpStatus.CONFLICT)
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

	/**
	 * The address cannot sign in to a household (a staff member's); said next to the
	 * field.
	 */
	public static class LoginAddressRefusedException extends HouseholdRuleException {

		public LoginAddressRefusedException(String messageKey) {
			super(messageKey);
		}

	}

}
