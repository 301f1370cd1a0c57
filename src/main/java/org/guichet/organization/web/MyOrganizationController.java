package org.guichet.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.organization.Contracts;
import org.guichet.organization.HouseholdView;
import org.guichet.organization.IndividualKind;
import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.organization.internal.HouseholdService;
import org.guichet.organization.internal.NotFoundException;
import org.guichet.shared.Civility;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mon établissement": the current organization's information and contracts (its agents
 * are "Collaborateurs"); its administrators update its contact details. Also the switch
 * between the organizations a user belongs to.
 */
@Controller
class MyOrganizationController {

	private final CurrentOrganization currentOrganization;

	private final Organizations organizations;

	private final Contracts contracts;

	private final Clock clock;

	private final CounterMode counterMode;

	private final HouseholdService households;

	MyOrganizationController(CurrentOrganization currentOrganization, Organizations organizations, Contracts contracts,
			Clock clock, CounterMode counterMode, HouseholdService households) {
		this.households = households;
		this.currentOrganization = currentOrganization;
		this.organizations = organizations;
		this.contracts = contracts;
		this.clock = clock;
		this.counterMode = counterMode;
	}

	@GetMapping("/organization")
	String information(@AuthenticationPrincipal GuichetUser user, HttpSession session, Model model) {
		MembershipView membership = membership(user, session);
		model.addAttribute("card", card(membership));
		model.addAttribute("canEdit", membership.role() == MemberRole.ADMIN);
		model.addAttribute("tab", "information");
		return "organization/my-organization";
	}

	@GetMapping("/organization/contracts")
	String contracts(@AuthenticationPrincipal GuichetUser user, HttpSession session, Model model) {
		MembershipView membership = membership(user, session);
		model.addAttribute("card", card(membership));
		model.addAttribute("contracts", this.contracts.of(membership.organizationId()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("tab", "contracts");
		return "organization/my-organization-contracts";
	}

	@GetMapping("/organization/individuals")
	String individuals(@AuthenticationPrincipal GuichetUser user, HttpSession session, Model model) {
		MembershipView membership = membership(user, session);
		if (!model.containsAttribute("individualForm")) {
			model.addAttribute("individualForm", IndividualForm.empty(IndividualKind.CHILD));
		}
		return individualsPage(membership, model);
	}

	private String individualsPage(MembershipView membership, Model model) {
		HouseholdView household = this.households.find(membership.organizationId()).orElseThrow(NotFoundException::new);
		model.addAttribute("card", household.card());
		model.addAttribute("household", household);
		model.addAttribute("canEdit", membership.role() == MemberRole.ADMIN);
		model.addAttribute("civilities", Civility.values());
		model.addAttribute("individualKinds", IndividualKind.values());
		model.addAttribute("tab", "individuals");
		return "organization/my-organization-individuals";
	}

	/**
	 * The household's administrator declares a person; staff validate the change.
	 */
	@PostMapping("/organization/individuals")
	String addIndividual(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@ModelAttribute IndividualForm individualForm, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		MembershipView membership = requireAdmin(user, session);
		this.households.find(membership.organizationId()).orElseThrow(NotFoundException::new);
		individualForm.validate(errors, this.clock);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return individualsPage(membership, model);
		}
		this.households.addIndividual(user.id(), membership.organizationId(), individualForm.details());
		if (user.isStaff()) {
			redirect.addFlashAttribute("done", "households.done.individualAdded");
		}
		else {
			this.households.awaitValidation(user.id(), membership.organizationId());
			redirect.addFlashAttribute("done", "households.done.awaitingValidation");
		}
		return "redirect:/organization/individuals";
	}

	@GetMapping("/organization/contact")
	String contactForm(@AuthenticationPrincipal GuichetUser user, HttpSession session, Model model) {
		OrganizationCard card = card(requireAdmin(user, session));
		model.addAttribute("card", card);
		model.addAttribute("organizationForm", OrganizationForm.of(card));
		return "organization/my-organization-contact";
	}

	@PostMapping("/organization/contact")
	String updateContact(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@ModelAttribute OrganizationForm organizationForm, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		MembershipView membership = requireAdmin(user, session);
		organizationForm.validateContact(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("card", card(membership));
			return "organization/my-organization-contact";
		}
		this.organizations.updateContact(membership.organizationId(), organizationForm.contact());
		this.counterMode.recordChange(user, session, membership.organizationId(), "contact details changed");
		redirect.addFlashAttribute("done", "organizations.done.saved");
		return "redirect:/organization";
	}

	@PostMapping("/organization/switch")
	String switchOrganization(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@RequestParam UUID organizationId) {
		OrganizationId chosen = new OrganizationId(organizationId);
		this.organizations.membership(user.id(), chosen).orElseThrow(NotFoundException::new);
		this.currentOrganization.choose(chosen, session);
		return "redirect:/";
	}

	private MembershipView membership(GuichetUser user, HttpSession session) {
		return this.currentOrganization.of(user, session).orElseThrow(NotFoundException::new);
	}

	private MembershipView requireAdmin(GuichetUser user, HttpSession session) {
		MembershipView membership = membership(user, session);
		if (membership.role() != MemberRole.ADMIN) {
			throw new NotFoundException();
		}
		return membership;
	}

	private OrganizationCard card(MembershipView membership) {
		return this.organizations.card(membership.organizationId()).orElseThrow(NotFoundException::new);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem myOrganizationNavigation() {
			return new NavigationItem(Area.PORTAL, "nav.portal.organization", "/organization", 50,
					GuichetUser.CUSTOMER);
		}

	}

}
