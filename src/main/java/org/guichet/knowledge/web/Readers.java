package org.guichet.knowledge.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.knowledge.internal.Reader;
import org.guichet.organization.ActingOrganization;
import org.guichet.organization.Contracts;
import org.guichet.organization.ProductView;

import org.springframework.stereotype.Component;

/**
 * Who reads, for the knowledge base: staff, a customer with the products their
 * organization holds under an active contract today, or an anonymous visitor.
 */
@Component
class Readers {

	private final ActingOrganization actingOrganization;

	private final Contracts contracts;

	private final Clock clock;

	Readers(ActingOrganization actingOrganization, Contracts contracts, Clock clock) {
		this.actingOrganization = actingOrganization;
		this.contracts = contracts;
		this.clock = clock;
	}

	/**
	 * @return the reader of a page that a visitor may see without a session: none is
	 * opened for them
	 */
	Reader of(GuichetUser user, HttpServletRequest request) {
		return (user != null) ? of(user, request.getSession()) : Reader.ANONYMOUS;
	}

	Reader of(GuichetUser user, HttpSession session) {
		if (user == null) {
			return Reader.ANONYMOUS;
		}
		if (user.isStaff()) {
			return new Reader(true, true, List.of());
		}
		return new Reader(false, true,
				this.actingOrganization.of(user, session)
					.map((membership) -> this.contracts
						.productsUnderActiveContract(membership.organizationId(), LocalDate.now(this.clock))
						.stream()
						.map(ProductView::id)
						.toList())
					.orElse(List.of()));
	}

}
