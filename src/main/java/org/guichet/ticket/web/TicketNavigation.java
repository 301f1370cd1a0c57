package org.guichet.ticket.web;

import org.guichet.account.GuichetUser;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TicketNavigation {

	@Bean
	NavigationItem portalHomeNavigation() {
		return new NavigationItem(Area.PORTAL, "nav.portal.home", "/", 0, GuichetUser.CUSTOMER);
	}

	@Bean
	NavigationItem ticketsNavigation() {
		return new NavigationItem(Area.PORTAL, "nav.portal.tickets", "/tickets", 10, GuichetUser.CUSTOMER);
	}

}
