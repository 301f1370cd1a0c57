package org.guichet.organization.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.guichet.account.GuichetUser;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * "Changer de compte client": every page of a customer who belongs to several
 * organizations offers to switch, showing the current one.
 */
@ControllerAdvice
class OrganizationSwitcherAdvice {

	private final CurrentOrganization currentOrganization;

	OrganizationSwitcherAdvice(CurrentOrganization currentOrganization) {
		this.currentOrganization = currentOrganization;
	}

	/**
	 * Takes the request rather than its session, which Spring would open for every
	 * visitor's page: a visitor reading the knowledge base must not store one each time.
	 */
	@ModelAttribute("organizationSwitcher")
	Switcher switcher(@AuthenticationPrincipal GuichetUser user, HttpServletRequest request) {
		if (user == null || user.isStaff()) {
			return null;
		}
		List<MembershipView> memberships = this.currentOrganization.membershipsOf(user);
		if (memberships.size() < 2) {
			return null;
		}
		return new Switcher(memberships,
				this.currentOrganization.of(memberships, request.getSession())
					.map(MembershipView::organizationId)
					.orElse(null));
	}

	/**
	 * The organizations to choose from, and the current one.
	 */
	record Switcher(List<MembershipView> memberships, OrganizationId current) {
	}

}
