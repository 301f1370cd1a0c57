package org.guichet.organization.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.account.InvitationBatch;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.organization.internal.ColleagueService;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff administrators invite people into any organization, with the same batch rules as
 * an organization's own administrator.
 */
@Controller
class ProviderInvitationsController {

	private final ColleagueService colleagues;

	private final Organizations organizations;

	ProviderInvitationsController(ColleagueService colleagues, Organizations organizations) {
		this.colleagues = colleagues;
		this.organizations = organizations;
	}

	@GetMapping("/admin/invitations")
	String form(Model model) {
		model.addAttribute("choices", this.organizations.choices());
		model.addAttribute("organization", null);
		model.addAttribute("addresses", "");
		return "organization/admin-invitations";
	}

	@PostMapping("/admin/invitations")
	String invite(@AuthenticationPrincipal GuichetUser user, @RequestParam(required = false) UUID organization,
			@RequestParam(defaultValue = "") String addresses, Locale locale, Model model,
			HttpServletResponse response) {
		if (organization == null || addresses.length() > 40_000) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		InvitationBatch batch = this.colleagues.inviteAsProvider(new OrganizationId(organization), user.id(), addresses,
				locale);
		model.addAttribute("choices", this.organizations.choices());
		model.addAttribute("organization", organization);
		model.addAttribute("addresses", addresses);
		model.addAttribute("batch", batch);
		if (batch.isRefused()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "organization/admin-invitations";
	}

	@Configuration(proxyBeanMethods = false)
	static class InvitationsNavigation {

		@Bean
		NavigationItem providerInvitationsNavigation() {
			return new NavigationItem(Area.ADMIN, "nav.admin.invitations", "/admin/invitations", 20,
					"ROLE_ADMINISTRATOR");
		}

	}

}
