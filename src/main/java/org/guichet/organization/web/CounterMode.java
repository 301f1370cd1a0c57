package org.guichet.organization.web;

import java.io.Serializable;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.guichet.account.Accounts;
import org.guichet.account.GuichetUser;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.UserId;
import org.guichet.organization.HouseholdState;
import org.guichet.organization.HouseholdView;
import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.internal.HouseholdService;
import org.guichet.organization.internal.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * "Mode guichet": a staff member allowed to do so acts in the portal for a household, as
 * its administrator would, until they end it. The household is kept in their session;
 * starting, ending and every change made meanwhile go to the audit log with both the
 * staff member and the household.
 */
@Component
class CounterMode {

	static final String SESSION_KEY = "guichet.counterMode";

	private final HouseholdService households;

	private final Accounts accounts;

	private final SecurityLog securityLog;

	CounterMode(HouseholdService households, Accounts accounts, SecurityLog securityLog) {
		this.households = households;
		this.accounts = accounts;
		this.securityLog = securityLog;
	}

	/**
	 * @throws AccessDeniedException when the staff member may not act at the counter
	 * @throws NotFoundException when the household does not exist or is archived
	 */
	void start(GuichetUser agent, OrganizationId household, HttpSession session) {
		requireRight(agent);
		HouseholdView found = this.households.find(household)
			.filter((view) -> view.state() != HouseholdState.ARCHIVED)
			.orElseThrow(NotFoundException::new);
		current(agent, session).ifPresent((previous) -> end(agent, session));
		session.setAttribute(SESSION_KEY, new Acting(agent.id(), household));
		this.securityLog.recordForOrganization(SecurityEventType.COUNTER_MODE_STARTED, agent.id(), household.value(),
				"acting for household " + found.number());
	}

	/**
	 * @return the household the staff member acts for, or empty. Acting ends by itself
	 * when the session is not theirs, when they lost the right, or when the household was
	 * archived meanwhile.
	 */
	Optional<HouseholdView> current(GuichetUser user, HttpSession session) {
		if (user == null || session == null || !(session.getAttribute(SESSION_KEY) instanceof Acting acting)) {
			return Optional.empty();
		}
		Optional<HouseholdView> household = this.households.find(acting.household());
		if (!acting.agent().equals(user.id()) || !mayAct(user) || household.isEmpty()
				|| household.get().state() == HouseholdState.ARCHIVED) {
			session.removeAttribute(SESSION_KEY);
			household.ifPresent((found) -> this.securityLog.recordForOrganization(SecurityEventType.COUNTER_MODE_ENDED,
					acting.agent(), found.card().id().value(),
					"stopped acting for household " + found.number() + " (no longer allowed)"));
			return Optional.empty();
		}
		return household;
	}

	/**
	 * @return the household as the membership the portal pages act with, its
	 * administrator's
	 */
	Optional<MembershipView> membership(GuichetUser user, HttpSession session) {
		return current(user, session).map((household) -> new MembershipView(household.card().id(),
				household.card().identity().name(), OrganizationKind.HOUSEHOLD, household.number(), MemberRole.ADMIN));
	}

	/**
	 * @return the household it ended for, if one
	 */
	Optional<HouseholdView> end(GuichetUser agent, HttpSession session) {
		Optional<HouseholdView> household = current(agent, session);
		session.removeAttribute(SESSION_KEY);
		household.ifPresent((found) -> this.securityLog.recordForOrganization(SecurityEventType.COUNTER_MODE_ENDED,
				agent.id(), found.card().id().value(), "stopped acting for household " + found.number()));
		return household;
	}

	/**
	 * Records a change made for a household, naming the staff member when they act at the
	 * counter.
	 */
	void recordChange(GuichetUser user, HttpSession session, OrganizationId organization, String what) {
		current(user, session).filter((household) -> household.card().id().equals(organization))
			.ifPresent((household) -> this.securityLog.recordForOrganization(SecurityEventType.HOUSEHOLD_CHANGED,
					user.id(), organization.value(), household.number() + ": at the counter, " + what));
	}

	/**
	 * Who acts for which household, as kept in the session.
	 */
	record Acting(UserId agent, OrganizationId household) implements Serializable {

	}

	boolean mayAct(GuichetUser user) {
		return user.isStaff() && this.accounts.mayActAtCounter(user.id());
	}

	void requireRight(GuichetUser user) {
		if (!mayAct(user)) {
			throw new AccessDeniedException("Not allowed to act at the counter");
		}
	}

}
