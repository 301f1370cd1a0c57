package org.guichet.desk.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.guichet.account.GuichetUser;
import org.guichet.desk.internal.SavedSearches;
import org.guichet.shared.web.Navigation;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.PersonalLinks;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The staff member's saved searches in the desk's menu.
 */
@Component
class SavedSearchLinks implements PersonalLinks {

	private final SavedSearches searches;

	SavedSearchLinks(SavedSearches searches) {
		this.searches = searches;
	}

	@Override
	public List<Navigation.Link> of(NavigationItem.Area area, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (area != NavigationItem.Area.DESK || authentication == null
				|| !(authentication.getPrincipal() instanceof GuichetUser user) || !user.isStaff()) {
			return List.of();
		}
		String shown = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		return this.searches.of(user.id()).stream().map((search) -> {
			String path = "/desk/tickets?" + search.query();
			return Navigation.Link.labelled(search.name(), path, path.equals(shown));
		}).toList();
	}

}
