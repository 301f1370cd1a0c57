package org.guichet.knowledge.web;

import org.guichet.account.GuichetUser;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KnowledgeNavigation {

	@Bean
	NavigationItem portalKnowledgeNavigation() {
		return new NavigationItem(Area.PORTAL, "nav.portal.kb", "/kb", 20, GuichetUser.CUSTOMER);
	}

	@Bean
	NavigationItem deskKnowledgeNavigation() {
		return new NavigationItem(Area.DESK, "nav.desk.kb", "/desk/kb", 60, "ROLE_AGENT");
	}

}
