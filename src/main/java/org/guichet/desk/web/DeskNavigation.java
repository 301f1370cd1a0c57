package org.guichet.desk.web;

import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeskNavigation {

	@Bean
	NavigationItem deskTasksNavigation() {
		return new NavigationItem(Area.DESK, "nav.desk.tasks", "/desk", 0, "ROLE_AGENT");
	}

	@Bean
	NavigationItem deskSearchNavigation() {
		return new NavigationItem(Area.DESK, "nav.desk.search", "/desk/tickets", 10, "ROLE_AGENT");
	}

	@Bean
	NavigationItem letterTemplatesNavigation() {
		return new NavigationItem(Area.DESK, "nav.desk.templates", "/desk/letter-templates", 40, "ROLE_MANAGER");
	}

	@Bean
	NavigationItem accountRequestsNavigation() {
		return new NavigationItem(Area.DESK, "nav.desk.accountRequests", "/desk/account-requests", 50, "ROLE_AGENT");
	}

}
