package org.guichet.administration.web;

import org.guichet.administration.Installation;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@Configuration(proxyBeanMethods = false)
class AdministrationWebConfiguration {

	@Bean
	NavigationItem adminOverviewNavigation() {
		return new NavigationItem(Area.ADMIN, "nav.admin.overview", "/admin", 0, "ROLE_ADMINISTRATOR");
	}

	/**
	 * Gives every page the provider's name, for the header and footer.
	 */
	@ControllerAdvice
	static class ProviderAdvice {

		private final Installation installation;

		ProviderAdvice(Installation installation) {
			this.installation = installation;
		}

		@ModelAttribute("providerName")
		String providerName() {
			try {
				return this.installation.providerName().orElse(null);
			}
			catch (DataAccessException ex) {
				// Error pages must render even when the database is down.
				return null;
			}
		}

	}

}
