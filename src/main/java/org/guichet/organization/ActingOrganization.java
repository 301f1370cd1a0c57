package org.guichet.organization;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;

/**
 * The organization a signed-in user acts for in the portal: for a customer, the one
 * chosen in the switcher (or their first); for staff at the counter, the household they
 * serve; nobody otherwise. Checked again on every request, so a removed membership stops
 * counting at once.
 */
public interface ActingOrganization {

	/**
	 * @return the user's membership of the organization they act for, if any
	 */
	Optional<MembershipView> of(GuichetUser user, HttpSession session);

	/**
	 * Writes to the security log what staff did for the household they serve at the
	 * counter, with both names; does nothing for anybody else.
	 * @param what what was done, e.g. "replied to ticket DI-2026-000123"
	 */
	void recordCounterChange(GuichetUser user, HttpSession session, OrganizationId organization, String what);

}
