package org.guichet.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Menu entries of the signed-in user's own (a staff member's saved searches), added after
 * the entries every user of the area sees. A module declares a bean of this type.
 */
public interface PersonalLinks {

	/**
	 * @return the user's own entries in the area of the page shown, labelled as the user
	 * named them
	 */
	List<Navigation.Link> of(NavigationItem.Area area, HttpServletRequest request);

}
