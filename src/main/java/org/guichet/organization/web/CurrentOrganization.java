package org.guichet.organization.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.organization.ActingOrganization;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The organization a customer acts for in the portal: the one chosen in this session if
 * they still belong to it, else the first of their organizations by name. Staff act for
 * the household they serve at the counter, and for nobody otherwise.
 */
@Component
class CurrentOrganization implements ActingOrganization {

	static final String SESSION_KEY = "guichet.organization";

	private static final String MEMBERSHIPS = CurrentOrganization.class.getName() + ".memberships.";

	private final Organizations organizations;

	private final CounterMode counterMode;

	CurrentOrganization(Organizations organizations, CounterMode counterMode) {
		this.organizations = organizations;
		this.counterMode = counterMode;
	}

	/**
	 * @return the organization the user acts for: for staff, the household they act for
	 * at the counter, if any
	 */
	@Override
	public Optional<MembershipView> of(GuichetUser user, HttpSession session) {
		if (user.isStaff()) {
			return this.counterMode.membership(user, session);
		}
		return of(membershipsOf(user), session);
	}

	/**
	 * @return the customer's memberships, read once per request: the layout's switcher
	 * and the page both need them on every page
	 */
	@SuppressWarnings("unchecked")
	List<MembershipView> membershipsOf(GuichetUser user) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return this.organizations.membershipsOf(user.id());
		}
		String key = MEMBERSHIPS + user.id().value();
		if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> known) {
			return (List<MembershipView>) known;
		}
		List<MembershipView> memberships = this.organizations.membershipsOf(user.id());
		request.setAttribute(key, memberships, RequestAttributes.SCOPE_REQUEST);
		return memberships;
	}

	@Override
	public void recordCounterChange(GuichetUser user, HttpSession session, OrganizationId organization, String what) {
		if (user.isStaff()) {
			this.counterMode.recordChange(user, session, organization, what);
		}
	}

	Optional<MembershipView> of(List<MembershipView> memberships, HttpSession session) {
		Object chosen = session.getAttribute(SESSION_KEY);
		return memberships.stream()
			.filter((membership) -> membership.organizationId().equals(chosen))
			.findFirst()
			.or(() -> memberships.stream().findFirst());
	}

	void choose(OrganizationId organization, HttpSession session) {
		session.setAttribute(SESSION_KEY, organization);
	}

}
