package org.guichet.organization.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.EmailAddress;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.organization.HouseholdState;
import org.guichet.organization.HouseholdView;
import org.guichet.organization.IndividualKind;
import org.guichet.organization.IndividualView;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.internal.HouseholdDirectory;
import org.guichet.organization.internal.HouseholdDirectory.Criteria;
import org.guichet.organization.internal.HouseholdDirectory.Row;
import org.guichet.organization.internal.HouseholdDirectory.Sort;
import org.guichet.organization.internal.HouseholdService;
import org.guichet.organization.internal.HouseholdService.HouseholdRuleException;
import org.guichet.organization.internal.HouseholdService.LoginAddressRefusedException;
import org.guichet.organization.internal.NotFoundException;
import org.guichet.shared.Civility;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of households (CapDémat's "Gestion des comptes foyers"): search, open a
 * household at the counter, its card with its people, state and status. Every agent
 * reads; changing a household takes a manager or the counter right.
 */
@Controller
@RequestMapping("/desk/households")
class StaffHouseholdsController {

	static final int PAGE_SIZE = 50;

	private final HouseholdDirectory directory;

	private final HouseholdService households;

	private final CounterMode counterMode;

	private final Clock clock;

	private final MessageSource messages;

	StaffHouseholdsController(HouseholdDirectory directory, HouseholdService households, CounterMode counterMode,
			Clock clock, MessageSource messages) {
		this.messages = messages;
		this.directory = directory;
		this.households = households;
		this.counterMode = counterMode;
		this.clock = clock;
	}

	@GetMapping
	String search(@RequestParam(defaultValue = "") String lastName, @RequestParam(defaultValue = "") String firstName,
			@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "false") boolean responsible,
			@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "") String active,
			@RequestParam(defaultValue = "NAME") String sort, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal GuichetUser user, Model model) {
		Criteria criteria = criteria(lastName, firstName, number, responsible, state, active, sort);
		if (page < 1 || page > 10_000) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<Row> rows = this.directory.search(criteria, page - 1, PAGE_SIZE);
		model.addAttribute("rows", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("lastName", lastName);
		model.addAttribute("firstName", firstName);
		model.addAttribute("number", number);
		model.addAttribute("responsible", responsible);
		model.addAttribute("state", state);
		model.addAttribute("active", active);
		model.addAttribute("sort", criteria.sort().name());
		model.addAttribute("states", HouseholdState.values());
		model.addAttribute("sorts", Sort.values());
		model.addAttribute("canChange", mayChange(user));
		return "organization/staff-households";
	}

	private static Criteria criteria(String lastName, String firstName, String number, boolean responsible,
			String state, String active, String sort) {
		if (lastName.length() > 100 || firstName.length() > 100 || number.length() > 40) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			return new Criteria(lastName, firstName, number, responsible,
					state.isEmpty() ? Optional.empty() : Optional.of(HouseholdState.valueOf(state)),
					SearchFilters.activeFilter(active), Sort.valueOf(sort));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal GuichetUser user, Model model) {
		requireChange(user);
		model.addAttribute("newHouseholdForm", NewHouseholdForm.empty());
		model.addAttribute("civilities", Civility.values());
		return "organization/staff-household-new";
	}

	@PostMapping("/new")
	String open(@AuthenticationPrincipal GuichetUser user, @ModelAttribute NewHouseholdForm newHouseholdForm,
			BindingResult errors, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		requireChange(user);
		newHouseholdForm.validate(errors, this.clock);
		if (!errors.hasErrors()) {
			String name = this.messages.getMessage("households.defaultName",
					new Object[] { newHouseholdForm.lastName().strip() }, locale);
			try {
				OrganizationId household = this.households.open(user.id(), name,
						newHouseholdForm.responsible().details(), newHouseholdForm.contact(),
						Boolean.TRUE.equals(newHouseholdForm.invite()) ? EmailAddress.of(newHouseholdForm.email())
								: Optional.empty(),
						locale);
				redirect.addFlashAttribute("done", "households.done.opened");
				return "redirect:/desk/households/" + household;
			}
			catch (LoginAddressRefusedException ex) {
				errors.rejectValue("email", ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("civilities", Civility.values());
		return "organization/staff-household-new";
	}

	@GetMapping("/{id}")
	String card(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, Model model) {
		HouseholdView household = find(id);
		if (!model.containsAttribute("individualForm")) {
			model.addAttribute("individualForm", IndividualForm.empty(IndividualKind.CHILD));
		}
		return cardPage(user, household, model);
	}

	private String cardPage(GuichetUser user, HouseholdView household, Model model) {
		model.addAttribute("household", household);
		model.addAttribute("canChange", mayChange(user));
		model.addAttribute("mayActAtCounter", this.counterMode.mayAct(user));
		model.addAttribute("civilities", Civility.values());
		model.addAttribute("individualKinds", IndividualKind.values());
		return "organization/staff-household";
	}

	@PostMapping("/{id}/individuals")
	String addIndividual(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@ModelAttribute IndividualForm individualForm, BindingResult errors, HttpSession session,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		requireChange(user);
		HouseholdView household = find(id);
		individualForm.validate(errors, this.clock);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return cardPage(user, household, model);
		}
		this.households.addIndividual(user.id(), household.card().id(), individualForm.details());
		redirect.addFlashAttribute("done", "households.done.individualAdded");
		return "redirect:/desk/households/" + id;
	}

	@GetMapping("/{id}/individuals/{individual}")
	String individual(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, @PathVariable UUID individual,
			Model model) {
		HouseholdView household = find(id);
		IndividualView found = findIndividual(household, individual);
		model.addAttribute("individualForm", IndividualForm.of(found));
		return individualPage(user, household, found, model);
	}

	private String individualPage(GuichetUser user, HouseholdView household, IndividualView individual, Model model) {
		model.addAttribute("household", household);
		model.addAttribute("individual", individual);
		model.addAttribute("canChange", mayChange(user));
		model.addAttribute("civilities", Civility.values());
		model.addAttribute("individualKinds", IndividualKind.values());
		return "organization/staff-individual";
	}

	@PostMapping("/{id}/individuals/{individual}")
	String updateIndividual(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@PathVariable UUID individual, @ModelAttribute IndividualForm individualForm, BindingResult errors,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		requireChange(user);
		HouseholdView household = find(id);
		IndividualView found = findIndividual(household, individual);
		individualForm.validate(errors, this.clock);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return individualPage(user, household, found, model);
		}
		this.households.updateIndividual(user.id(), household.card().id(), individual, individualForm.details());
		redirect.addFlashAttribute("done", "households.done.saved");
		return "redirect:/desk/households/" + id;
	}

	/**
	 * Lets a person of the household sign in: an invitation to a new address, or the
	 * existing customer account of that address.
	 */
	@PostMapping("/{id}/individuals/{individual}/login")
	String giveLogin(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, @PathVariable UUID individual,
			@RequestParam(defaultValue = "") String email, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		requireChange(user);
		HouseholdView household = find(id);
		IndividualView found = findIndividual(household, individual);
		Optional<EmailAddress> address = EmailAddress.of(email);
		String error = address.isEmpty() ? (email.isBlank() ? "NotBlank" : "Email") : null;
		if (error == null) {
			try {
				this.households.giveLogin(user.id(), household.card().id(), individual, address.get(), locale);
				redirect.addFlashAttribute("done", "households.done.loginGiven");
				return "redirect:/desk/households/" + id;
			}
			catch (LoginAddressRefusedException ex) {
				error = ex.messageKey();
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("individualForm", IndividualForm.of(found));
		model.addAttribute("email", email);
		model.addAttribute("emailError", error);
		return individualPage(user, household, found, model);
	}

	@PostMapping("/{id}/individuals/{individual}/responsible")
	String makeResponsible(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@PathVariable UUID individual, RedirectAttributes redirect) {
		requireChange(user);
		HouseholdView household = find(id);
		this.households.makeResponsible(user.id(), household.card().id(), individual);
		redirect.addFlashAttribute("done", "households.done.saved");
		return "redirect:/desk/households/" + id;
	}

	@PostMapping("/{id}/individuals/{individual}/remove")
	String removeIndividual(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@PathVariable UUID individual, RedirectAttributes redirect) {
		requireChange(user);
		HouseholdView household = find(id);
		this.households.removeIndividual(user.id(), household.card().id(), individual);
		redirect.addFlashAttribute("done", "households.done.individualRemoved");
		return "redirect:/desk/households/" + id;
	}

	@PostMapping("/{id}/state")
	String changeState(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, @RequestParam String state,
			RedirectAttributes redirect) {
		requireChange(user);
		HouseholdView household = find(id);
		HouseholdState next;
		try {
			next = HouseholdState.valueOf(state);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		this.households.changeState(user.id(), household.card().id(), next);
		redirect.addFlashAttribute("done", "households.done.saved");
		return "redirect:/desk/households/" + id;
	}

	@PostMapping("/{id}/active")
	String setActive(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		requireChange(user);
		HouseholdView household = find(id);
		this.households.setActive(user.id(), household.card().id(), active);
		redirect.addFlashAttribute("done", "households.done.saved");
		return "redirect:/desk/households/" + id;
	}

	@ExceptionHandler(HouseholdRuleException.class)
	String refused(HouseholdRuleException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("backPath", "/desk/households");
		model.addAttribute("backKey", "households.back");
		return "organization/action-refused";
	}

	private HouseholdView find(UUID id) {
		return this.households.find(new OrganizationId(id)).orElseThrow(NotFoundException::new);
	}

	private static IndividualView findIndividual(HouseholdView household, UUID individual) {
		return household.individuals()
			.stream()
			.filter((candidate) -> candidate.id().equals(individual))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private boolean mayChange(GuichetUser user) {
		return user.hasStaffRole(StaffRole.MANAGER) || this.counterMode.mayAct(user);
	}

	private void requireChange(GuichetUser user) {
		if (!mayChange(user)) {
			throw new AccessDeniedException("Not allowed to change households");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem householdsNavigation() {
			return new NavigationItem(Area.DESK, "nav.desk.households", "/desk/households", 40, "ROLE_AGENT");
		}

	}

}
