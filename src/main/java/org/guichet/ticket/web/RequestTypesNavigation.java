package org.guichet.ticket.web;

import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestTypesNavigation {

	@Bean
	NavigationItem requestTypesMenuEntry() {
		return new NavigationItem(Area.ADMIN, "nav.admin.requestTypes", "/admin/request-types", 30, "ROLE_MANAGER");
	}

	/**
	 * Managers configure the request types of the categories they manage from the desk.
	 */
	@Bean
	NavigationItem requestTypesDeskMenuEntry() {
		return new NavigationItem(Area.DESK, "nav.admin.requestTypes", "/admin/request-types", 45, "ROLE_MANAGER");
	}

}
