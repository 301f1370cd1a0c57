package org.guichet.organization.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationFieldException;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.organization.internal.CatalogService;
import org.guichet.organization.internal.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers write down an organization's contracts. A contract is reached only through its
 * own organization.
 */
@Controller
@RequestMapping("/desk/organizations/{id}/contracts")
class StaffContractsController {

	private final Organizations organizations;

	private final CatalogService catalog;

	StaffContractsController(Organizations organizations, CatalogService catalog) {
		this.organizations = organizations;
		this.catalog = catalog;
	}

	@GetMapping("/new")
	String newForm(@PathVariable UUID id, @AuthenticationPrincipal GuichetUser user, Model model) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		model.addAttribute("contractForm", ContractForm.empty());
		return form(model, find(id), null);
	}

	@PostMapping("/new")
	String create(@PathVariable UUID id, @AuthenticationPrincipal GuichetUser user,
			@ModelAttribute ContractForm contractForm, BindingResult errors, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		OrganizationCard card = find(id);
		contractForm.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.catalog.addContract(card.id(), contractForm.terms());
				redirect.addFlashAttribute("done", "contracts.done.created");
				return "redirect:/desk/organizations/" + id;
			}
			catch (OrganizationFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(model, card, null);
	}

	@GetMapping("/{contract}/edit")
	String editForm(@PathVariable UUID id, @PathVariable UUID contract, @AuthenticationPrincipal GuichetUser user,
			Model model) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		OrganizationCard card = find(id);
		model.addAttribute("contractForm",
				ContractForm.of(this.catalog.contract(card.id(), contract).orElseThrow(NotFoundException::new)));
		return form(model, card, contract);
	}

	@PostMapping("/{contract}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID contract, @AuthenticationPrincipal GuichetUser user,
			@ModelAttribute ContractForm contractForm, BindingResult errors, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		OrganizationCard card = find(id);
		this.catalog.contract(card.id(), contract).orElseThrow(NotFoundException::new);
		contractForm.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.catalog.amendContract(card.id(), contract, contractForm.terms());
				redirect.addFlashAttribute("done", "contracts.done.saved");
				return "redirect:/desk/organizations/" + id;
			}
			catch (OrganizationFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(model, card, contract);
	}

	private String form(Model model, OrganizationCard card, UUID contract) {
		model.addAttribute("card", card);
		model.addAttribute("contract", contract);
		model.addAttribute("products", this.catalog.products());
		return "organization/staff-contract-form";
	}

	private OrganizationCard find(UUID id) {
		return this.organizations.card(new OrganizationId(id)).orElseThrow(NotFoundException::new);
	}

}
