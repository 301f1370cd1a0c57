package org.guichet.sla.web;

import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SlaNavigation {

	@Bean
	NavigationItem slaAdminNavigation() {
		return new NavigationItem(Area.ADMIN, "nav.admin.sla", "/admin/sla", 45, "ROLE_ADMINISTRATOR");
	}

}
