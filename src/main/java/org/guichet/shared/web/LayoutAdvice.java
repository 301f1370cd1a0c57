package org.guichet.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the menu of its area, filtered by what the user may see, and marks the
 * entry of the current page.
 */
@ControllerAdvice
class LayoutAdvice {

	private final List<NavigationItem> items;

	private final RoleHierarchy roleHierarchy;

	private final List<PersonalLinks> personalLinks;

	LayoutAdvice(List<NavigationItem> items, RoleHierarchy roleHierarchy, List<PersonalLinks> personalLinks) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.roleHierarchy = roleHierarchy;
		this.personalLinks = personalLinks;
	}

	@ModelAttribute("navigation")
	Navigation navigation(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		NavigationItem.Area area = NavigationItem.Area.of(path);
		Set<String> authorities = new HashSet<>(authorities());
		if (request.getAttribute(Navigation.EXTRA_AUTHORITY) instanceof String extra) {
			authorities.add(extra);
		}
		List<NavigationItem> shown = this.items.stream()
			.filter((item) -> item.area() == area)
			.filter((item) -> item.authority() == null || authorities.contains(item.authority()))
			.toList();
		// "/tickets/new" is the current page of "Nouvelle demande", not also of
		// "Demandes"
		String current = shown.stream()
			.map(NavigationItem::path)
			.filter((itemPath) -> isCurrent(itemPath, path))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
		List<Navigation.Link> links = new ArrayList<>(shown.stream()
			.map((item) -> Navigation.Link.of(item.messageKey(), item.path(), item.path().equals(current)))
			.toList());
		this.personalLinks.forEach((personal) -> links.addAll(personal.of(area, request)));
		return new Navigation(area, links, authorities.contains("ROLE_AGENT"),
				authorities.contains("ROLE_ADMINISTRATOR"));
	}

	private static boolean isCurrent(String itemPath, String path) {
		if (itemPath.equals("/") || itemPath.equals("/desk") || itemPath.equals("/admin")) {
			return path.equals(itemPath);
		}
		return path.equals(itemPath) || path.startsWith(itemPath + "/");
	}

	private Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Set.of();
		}
		return this.roleHierarchy.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
	}

}
