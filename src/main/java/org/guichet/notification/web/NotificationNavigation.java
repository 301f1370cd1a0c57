package org.guichet.notification.web;

import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

	@Bean
	NavigationItem outboxNavigation() {
		return new NavigationItem(Area.ADMIN, "nav.admin.outbox", "/admin/outbox", 90, "ROLE_ADMINISTRATOR");
	}

}
