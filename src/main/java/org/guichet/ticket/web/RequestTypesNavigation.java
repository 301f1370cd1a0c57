package org.guichet.ticket.web;

import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestTypesNavigation {

	@Bean
	NavigationItem requestTypesMenuEntry() {
		return new NavigationItem(Area.ADMIN, "nav.admin.requestTypes", "/admin/request-types", 30,
				"ROLE_ADMINISTRATOR");
	}

}
