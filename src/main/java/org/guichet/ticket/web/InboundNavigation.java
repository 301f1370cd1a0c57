package org.guichet.ticket.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.guichet.account.GuichetUser;
import org.guichet.shared.web.Navigation;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.PersonalLinks;
import org.guichet.ticket.internal.InboundQuarantine;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Courriels en attente" in the desk's menu, for those who may handle them: staff with a
 * right to write on a category, and administrators. A plain {@link NavigationItem} only
 * knows roles, not category rights, hence an entry computed for each user.
 */
@Component
class InboundNavigation implements PersonalLinks {

	static final String PATH = "/desk/inbound";

	private final InboundQuarantine quarantine;

	InboundNavigation(InboundQuarantine quarantine) {
		this.quarantine = quarantine;
	}

	@Override
	public List<Navigation.Link> of(NavigationItem.Area area, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (area != NavigationItem.Area.DESK || authentication == null
				|| !(authentication.getPrincipal() instanceof GuichetUser user) || !user.isStaff()
				|| !this.quarantine.mayHandle(InboundQuarantineController.deskUser(user))) {
			return List.of();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return List.of(Navigation.Link.of("nav.desk.inbound", PATH, path.equals(PATH)));
	}

}
