package org.guichet.organization.web;

import org.guichet.account.GuichetUser;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortalNavigation {

	@Bean
	NavigationItem colleaguesNavigation() {
		return new NavigationItem(Area.PORTAL, "nav.portal.colleagues", "/colleagues", 60, GuichetUser.CUSTOMER);
	}

}
